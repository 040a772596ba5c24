namespace Sac.Web.Spreadsheets;

/// <summary>
/// A table to download or read back as CSV or XLSX: headers in the user's language, and per row one value per header:
/// text, a number (<see cref="decimal"/>, <see cref="int"/>), a <see cref="DateOnly"/>, <see cref="TrustedText"/>, or null
/// for an empty cell.
/// </summary>
public sealed record SpreadsheetTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>One row per item, one column per (header, value) pair.</summary>
    public static SpreadsheetTable Of<T>(IEnumerable<T> items, IReadOnlyList<(string Header, Func<T, object?> Value)> columns) =>
        new([.. columns.Select(c => c.Header)], [.. items.Select(item => (IReadOnlyList<object?>)[.. columns.Select(c => c.Value(item))])]);
}

/// <summary>Text Sac formatted itself, written as is though it looks like a formula: a structured communication (+++…+++).</summary>
public sealed record TrustedText(string Value)
{
    public static TrustedText? Of(string? value) => value is null ? null : new(value);

    public override string ToString() => Value;
}
