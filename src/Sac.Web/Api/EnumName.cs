namespace Sac.Web.Api;

/// <summary>Reads an enum from a query string by name only: Enum.TryParse would also take "1" or "Closed,Paid".</summary>
internal static class EnumName
{
    /// <returns>False when <paramref name="text"/> is given but names no value; an absent value parses to null.</returns>
    public static bool TryParse<T>(string? text, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!Enum.GetNames<T>().Contains(text, StringComparer.OrdinalIgnoreCase) || !Enum.TryParse<T>(text, ignoreCase: true, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
