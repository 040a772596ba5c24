namespace Sac.Application.Letters;

/// <summary>Lays a letter out as a PDF (A4), in the language and wording of its kind.</summary>
public interface ILetterRenderer
{
    byte[] Render(LetterContent letter);
}
