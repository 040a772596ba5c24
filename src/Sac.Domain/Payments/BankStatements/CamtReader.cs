using System.Globalization;
using System.Xml.Linq;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>Reads camt elements by path in the document's own namespace, so every version is read alike.</summary>
internal sealed class CamtReader(XNamespace ns)
{
    public XName Name(string localName) => ns + localName;

    public string? Text(XElement from, params string[] path)
    {
        var element = path.Aggregate<string, XElement?>(from, (current, step) => current?.Element(ns + step));
        return element?.Value.Trim() is { Length: > 0 } value ? value : null;
    }

    /// <summary>A date given as Dt, or as DtTm whose date part is taken.</summary>
    public DateOnly? Date(XElement from, string element) =>
        DateOnly.TryParseExact(Text(from, element, "Dt"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateTime(from, element, "DtTm");

    public DateOnly? DateTime(XElement from, params string[] path) =>
        Text(from, path) is { Length: >= 10 } text
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
