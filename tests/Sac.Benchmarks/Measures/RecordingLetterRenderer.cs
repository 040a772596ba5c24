using Sac.Application.Letters;

namespace Sac.Benchmarks.Measures;

/// <summary>The application's renderer, keeping a copy of every letter it is asked to render.</summary>
internal sealed class RecordingLetterRenderer(ILetterRenderer inner) : ILetterRenderer
{
    private readonly List<LetterContent> recorded = [];

    public ILetterRenderer Inner => inner;

    public IReadOnlyList<LetterContent> Recorded
    {
        get
        {
            lock (recorded)
            {
                return [.. recorded];
            }
        }
    }

    public byte[] Render(LetterContent letter)
    {
        lock (recorded)
        {
            recorded.Add(letter);
        }

        return inner.Render(letter);
    }
}
