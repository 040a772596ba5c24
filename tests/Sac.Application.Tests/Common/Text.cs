using System.Globalization;

namespace Sac.Application.Tests.Common;

internal static class Text
{
    /// <summary>The same text with every kind of space (no-break, narrow no-break) as a plain one: which one ICU picks is not the point.</summary>
    public static string WithPlainSpaces(string text) =>
        new([.. text.Select(c => char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c)]);
}
