using System.Text;
using Sac.Application.Letters;

namespace Sac.Application.Tests.Fakes;

/// <summary>Keeps what it was asked to render; the bytes name the letter's kind and case so tests can tell letters apart.</summary>
internal sealed class FakeLetterRenderer : ILetterRenderer
{
    public List<LetterContent> Rendered { get; } = [];

    public byte[] Render(LetterContent letter)
    {
        Rendered.Add(letter);
        return Encoding.UTF8.GetBytes($"{letter.Kind} {letter.CaseNumber} {letter.Language}");
    }
}
