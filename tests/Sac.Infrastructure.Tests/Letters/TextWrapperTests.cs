using Sac.Infrastructure.Letters.Layout;

namespace Sac.Infrastructure.Tests.Letters;

/// <summary>The wrapper measured in characters: every character is one unit wide.</summary>
public sealed class TextWrapperTests
{
    private static IReadOnlyList<string> Wrap(string text, double width) => TextWrapper.Wrap(text, width, s => s.Length);

    [Fact]
    public void Breaks_at_spaces_before_the_width_is_exceeded()
    {
        Assert.Equal(["aaa bbb", "ccc ddd", "e"], Wrap("aaa bbb ccc ddd e", 7));
    }

    [Fact]
    public void Keeps_line_breaks_and_empty_lines()
    {
        Assert.Equal(["a", "", "b c"], Wrap("a\r\n\nb c", 10));
    }

    [Fact]
    public void Cuts_a_word_wider_than_the_line()
    {
        Assert.Equal(["ab", "cdefg", "hijkl", "mn"], Wrap("ab cdefghijklmn", 5));
    }

    [Fact]
    public void French_punctuation_after_a_space_stays_with_its_word()
    {
        Assert.Equal(["aaaa", "bbbb :"], Wrap("aaaa bbbb :", 9));
        Assert.Equal(["aaaa", "« bbbb »"], Wrap("aaaa « bbbb »", 9));
    }

    [Fact]
    public void No_line_is_wider_than_the_width_and_no_word_is_lost()
    {
        var random = new Random(42);
        var words = Enumerable.Range(0, 500).Select(_ => new string('w', random.Next(1, 12))).ToList();

        var lines = Wrap(string.Join(" ", words), 30);

        Assert.All(lines, line => Assert.True(line.Length <= 30, line));
        Assert.Equal(words, lines.SelectMany(line => line.Split(' ')));
    }
}
