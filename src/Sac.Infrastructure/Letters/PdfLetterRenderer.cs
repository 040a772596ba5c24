using Sac.Application.Letters;
using Sac.Infrastructure.Letters.Layout;
using Sac.Infrastructure.Letters.Wording;

namespace Sac.Infrastructure.Letters;

/// <summary>
/// Writes a letter as an A4 PDF: the wording of its kind in its language (<see cref="LetterWording"/>), laid out by
/// <see cref="LetterLayout"/>. Stateless and thread-safe.
/// </summary>
internal sealed class PdfLetterRenderer : ILetterRenderer
{
    /// <exception cref="ArgumentException">
    /// The kind is not a letter (a defence attachment), the language is neither "nl" nor "fr", or the decision or
    /// payment that the kind states is missing or incomplete.
    /// </exception>
    /// <exception cref="InvalidOperationException">Neither Liberation Sans nor DejaVu Sans is installed.</exception>
    public byte[] Render(LetterContent letter) => LetterLayout.Render(LetterWording.Compose(letter));
}
