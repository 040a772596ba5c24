using System.Text.RegularExpressions;
using Sac.Testing;

namespace Sac.Web.Tests.Security;

/// <summary>
/// The Content-Security-Policy forbids inline script and style: a view that had any would break in the browser, silently.
/// Every view is read for a script element without src, a style element or attribute, and an inline event handler.
/// </summary>
public sealed partial class ViewsWithoutInlineCodeTests
{
    [Fact]
    public void No_view_has_inline_script_style_or_event_handlers()
    {
        var views = Directory.GetFiles(Path.Combine(SourceTree.Root, "src", "Sac.Web", "Views"), "*.cshtml", SearchOption.AllDirectories);
        Assert.NotEmpty(views);

        var found = views
            .SelectMany(view => File.ReadLines(view).Select((line, index) => (view, line, number: index + 1)))
            .Where(l => InlineCode().IsMatch(l.line))
            .Select(l => $"{Path.GetFileName(l.view)}:{l.number}: {l.line.Trim()}");

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<script type=\"module\">x()</script>")]
    [InlineData("<style>p { color: red }</style>")]
    [InlineData("<p style=\"color: red\">")]
    [InlineData("<button onclick=\"go()\">")]
    public void The_check_finds_inline_code(string line) => Assert.Matches(InlineCode(), line);

    [Theory]
    [InlineData("<script src=\"~/js/finding-form.js\" asp-append-version=\"true\"></script>")]
    [InlineData("<p class=\"text-muted\">")]
    public void The_check_lets_external_scripts_and_classes_be(string line) => Assert.DoesNotMatch(InlineCode(), line);

    // A script element whose attributes hold no src, a style element, a style attribute, an on… event attribute.
    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle\s*=|\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
