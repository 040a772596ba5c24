namespace Sac.Infrastructure.Letters.Layout;

/// <summary>
/// Breaks text into lines no wider than a width (PDFsharp draws single lines only). Breaks at spaces; a line break
/// in the text starts a new line; a word wider than the line is cut; French punctuation that follows a space
/// (« : ; ? ! ») stays with its word.
/// </summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var source in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in Words(source).SelectMany(word => Cut(word, width, measure)))
            {
                var longer = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && measure(longer) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = longer;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The words of one line of text, with punctuation that must not start or end a line glued to its neighbour.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var openQuote = false;
        foreach (var token in line.Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (openQuote)
            {
                words[^1] += " " + token;
                openQuote = false;
            }
            else if (words.Count > 0 && token is ":" or ";" or "?" or "!" or "»")
            {
                words[^1] += " " + token;
            }
            else
            {
                words.Add(token);
            }

            openQuote = token == "«";
        }

        return words;
    }

    /// <summary>A word that does not fit on a line by itself, in pieces that do.</summary>
    private static IEnumerable<string> Cut(string word, double width, Func<string, double> measure)
    {
        var rest = word;
        while (rest.Length > 1 && measure(rest) > width)
        {
            var length = rest.Length - 1;
            while (length > 1 && measure(rest[..length]) > width)
            {
                length--;
            }

            yield return rest[..length];
            rest = rest[length..];
        }

        yield return rest;
    }
}
