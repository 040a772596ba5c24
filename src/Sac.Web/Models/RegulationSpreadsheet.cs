using System.Globalization;
using Microsoft.Extensions.Localization;
using Sac.Application.Municipalities.DefineInfraction;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Application.Municipalities.ImportRegulation;
using Sac.Domain.Municipalities;
using Sac.Web.Hosting;
using Sac.Web.Spreadsheets;

namespace Sac.Web.Models;

/// <summary>
/// The police regulation as a spreadsheet, one row per version: written with the headers of the user's language, read back
/// with the headers of either language, so a file exported in French imports in Dutch. Categories are their stable codes
/// (PureAdministrative …), yes/no in either language, amounts with a comma or a dot, dates yyyy-mm-dd or dd/mm/yyyy.
/// </summary>
public static class RegulationSpreadsheet
{
    public const string SheetName = "Regulation";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>Each column: its header's resource key, the field the application's errors name, and the value of a version.</summary>
    private static readonly IReadOnlyList<Column> Columns =
    [
        new("Regulation.Column.Code", "code", (i, _) => i.Code),
        new("Regulation.Column.Category", "category", (i, _) => i.Category.ToString()),
        new("Regulation.Column.Article", "article", (i, _) => i.Article),
        new("Regulation.Column.TextNl", "textNl", (i, _) => i.TextNl),
        new("Regulation.Column.TextFr", "textFr", (i, _) => i.TextFr),
        new("Regulation.Column.MinimumAmount", "minimumAmount", (i, _) => i.MinimumAmount),
        new("Regulation.Column.MaximumAmount", "maximumAmount", (i, _) => i.MaximumAmount),
        new("Regulation.Column.DefaultAmount", "defaultAmount", (i, _) => i.DefaultAmount),
        new("Regulation.Column.RecidivismMaximumAmount", "recidivismMaximumAmount", (i, _) => i.RecidivismMaximumAmount),
        new("Regulation.Column.MinorsAllowed", "minorsAllowed", (i, t) => YesNo(i.MinorsAllowed, t)),
        new("Regulation.Column.ProsecutionWaived", "prosecutionWaivedByProtocol", (i, t) => YesNo(i.ProsecutionWaivedByProtocol, t)),
        new("Regulation.Column.ValidFrom", "validFrom", (i, _) => i.ValidFrom),
        new("Regulation.Column.ValidTo", "validTo", (i, _) => i.ValidTo),
    ];

    public static SpreadsheetTable Write(IEnumerable<InfractionDetails> versions, IStringLocalizer localizer) =>
        SpreadsheetTable.Of(versions, [.. Columns.Select(c => (localizer[c.HeaderKey].Value, (Func<InfractionDetails, object?>)(i => c.Value(i, localizer))))]);

    /// <summary>The versions of <paramref name="table"/>, or the problems per line and column in the user's language.</summary>
    public static RegulationRows Read(SpreadsheetTable table, string nis, IStringLocalizer localizer)
    {
        var positions = Positions(table.Headers, localizer);
        var missing = Columns.Where(c => !positions.ContainsKey(c)).Select(c => localizer[c.HeaderKey].Value).ToList();
        if (missing.Count > 0)
        {
            return RegulationRows.Refused([new ImportProblem(1, null, localizer["Import.MissingColumns", string.Join(", ", missing)])]);
        }

        if (table.Rows.Count == 0)
        {
            return RegulationRows.Refused([new ImportProblem(null, null, localizer["Import.NoRows"])]);
        }

        var problems = new List<ImportProblem>();
        var versions = new List<ImportedVersion>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = new RowReader(table.Rows[r], positions, Line(r), localizer, problems);
            versions.Add(new ImportedVersion(
                new DefineInfractionCommand(
                    nis,
                    cells.Text("code") ?? string.Empty,
                    cells.Category(),
                    cells.Text("article"),
                    cells.Text("textNl"),
                    cells.Text("textFr"),
                    cells.Amount("minimumAmount"),
                    cells.Amount("maximumAmount"),
                    cells.Amount("defaultAmount"),
                    cells.Amount("recidivismMaximumAmount"),
                    cells.YesNo("minorsAllowed"),
                    cells.Date("validFrom"),
                    cells.YesNo("prosecutionWaivedByProtocol")),
                cells.Date("validTo")));
        }

        return problems.Count > 0 ? RegulationRows.Refused(problems) : new RegulationRows(versions, []);
    }

    /// <summary>Where an error of the application belongs: "versions[3].definition.minimumAmount" is line 5 (after the headers), column Minimum.</summary>
    public static ImportProblem ProblemOf(Sac.Domain.Common.Error error, IStringLocalizer<SharedResource> localizer)
    {
        var field = error.Field ?? string.Empty;
        var open = field.IndexOf('[', StringComparison.Ordinal);
        var close = field.IndexOf(']', StringComparison.Ordinal);
        int? line = open >= 0 && close > open && int.TryParse(field.AsSpan(open + 1, close - open - 1), CultureInfo.InvariantCulture, out var index) ? Line(index) : null;
        var name = field[(field.LastIndexOf('.') + 1)..];
        var column = Columns.FirstOrDefault(c => c.Field == name);
        return new ImportProblem(line, column is null ? null : localizer[column.HeaderKey].Value, localizer.Localize(error));
    }

    /// <summary>The spreadsheet line of a row: the headers are line 1.</summary>
    private static int Line(int rowIndex) => rowIndex + 2;

    private static string YesNo(bool value, IStringLocalizer localizer) => localizer[value ? "Common.Yes" : "Common.No"];

    /// <summary>The position of each column, by its header in Dutch or in French (case and spaces aside).</summary>
    private static Dictionary<Column, int> Positions(IReadOnlyList<string> headers, IStringLocalizer localizer)
    {
        var positions = new Dictionary<Column, int>();
        foreach (var column in Columns)
        {
            var names = InEveryLanguage(localizer, column.HeaderKey);
            var position = headers.ToList().FindIndex(h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
            if (position >= 0)
            {
                positions[column] = position;
            }
        }

        return positions;
    }

    private static HashSet<string> InEveryLanguage(IStringLocalizer localizer, string key)
    {
        var current = CultureInfo.CurrentUICulture;
        try
        {
            return LocalizationSetup.Cultures.Select(culture =>
            {
                CultureInfo.CurrentUICulture = culture;
                return localizer[key].Value;
            }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }

    private sealed record Column(string HeaderKey, string Field, Func<InfractionDetails, IStringLocalizer, object?> Value);

    /// <summary>Reads the cells of one row, noting each unreadable one as a problem of its line and column.</summary>
    private sealed class RowReader(IReadOnlyList<object?> row, Dictionary<Column, int> positions, int line, IStringLocalizer localizer, List<ImportProblem> problems)
    {
        public string? Text(string field) => Cell(field) switch
        {
            null => null,
            double number => number.ToString(CultureInfo.InvariantCulture),
            var value => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
        };

        public InfractionCategory? Category()
        {
            var text = Text("category");
            if (text is null)
            {
                return null;
            }

            return !char.IsAsciiDigit(text[0]) && Enum.TryParse<InfractionCategory>(text, ignoreCase: true, out var category)
                ? category
                : Unreadable<InfractionCategory?>("category", "Import.CategoryUnknown");
        }

        public decimal? Amount(string field) => Cell(field) switch
        {
            null => null,
            double number => Math.Round((decimal)number, 2),
            _ => Models.Amount.TryParse(Text(field), out var amount) ? amount : Unreadable<decimal?>(field, "Amount.Invalid"),
        };

        public bool YesNo(string field)
        {
            switch (Cell(field))
            {
                case null:
                    return false;
                case bool value:
                    return value;
            }

            var text = Text(field)!;
            if (InEveryLanguage(localizer, "Common.Yes").Contains(text) || text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return InEveryLanguage(localizer, "Common.No").Contains(text) || text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase)
                ? false
                : Unreadable<bool>(field, "Import.YesNoUnreadable");
        }

        public DateOnly? Date(string field) => Cell(field) switch
        {
            null => null,
            DateTime moment => DateOnly.FromDateTime(moment),
            double serial when serial is > 0 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
            _ => DateOnly.TryParseExact(Text(field), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : Unreadable<DateOnly?>(field, "Import.DateUnreadable"),
        };

        private object? Cell(string field)
        {
            var position = positions.Single(p => p.Key.Field == field).Value;
            return position < row.Count && row[position] is not (null or "") ? row[position] : null;
        }

        private T Unreadable<T>(string field, string messageKey)
        {
            var column = Columns.Single(c => c.Field == field);
            problems.Add(new ImportProblem(line, localizer[column.HeaderKey], localizer[messageKey, Convert.ToString(Cell(field), CultureInfo.CurrentCulture) ?? string.Empty]));
            return default!;
        }
    }
}

/// <summary>The versions read from a file, or why it cannot be imported.</summary>
public sealed record RegulationRows(IReadOnlyList<ImportedVersion> Versions, IReadOnlyList<ImportProblem> Problems)
{
    public static RegulationRows Refused(IReadOnlyList<ImportProblem> problems) => new([], problems);
}

/// <summary>One problem of an import: the spreadsheet line (1 = headers) and column header, when it has them.</summary>
public sealed record ImportProblem(int? Line, string? Column, string Message);
