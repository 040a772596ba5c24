using Sac.Application.Measures;
using Sac.Infrastructure.Letters.Layout;

namespace Sac.Infrastructure.Letters.Measures;

/// <summary>Writes a letter of a college sanction or place ban as an A4 PDF, laid out like the case letters. Stateless and thread-safe.</summary>
internal sealed class PdfMeasureLetterRenderer : IMeasureLetterRenderer
{
    public byte[] Render(MeasureLetter letter) => LetterLayout.Render(MeasureWording.Compose(letter));
}
