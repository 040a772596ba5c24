using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Sac.Infrastructure.Letters.Layout;

/// <summary>
/// Lays a composed letter out on A4: the sender top left, the recipient where the window of a right-window envelope
/// shows it, place and date, reference, subject, then the body flowing over as many pages as it needs, the signature,
/// and "1/2" page numbers when there is more than one page.
/// </summary>
internal sealed class LetterLayout
{
    private const double FontSize = 10;

    private static readonly double Left = Mm(25);
    private static readonly double Right = Mm(210 - 20);
    private static readonly double Top = Mm(20);
    private static readonly double Bottom = Mm(297 - 22);
    private static readonly double PageNumberTop = Mm(297 - 14);
    private static readonly double WindowLeft = Mm(110);
    private static readonly double WindowTop = Mm(50);
    private static readonly double FirstBodyTop = Mm(92);
    private static readonly double LabelWidth = Mm(48);
    private static readonly double BulletIndent = Mm(5);
    private static readonly double SignatureSpace = Mm(14);
    private static readonly double PaymentCodeSize = Mm(32);

    private readonly LetterFonts fonts;
    private readonly double lineHeight;

    private LetterLayout(LetterFonts fonts)
    {
        this.fonts = fonts;
        lineHeight = fonts.Regular.GetHeight();
    }

    private double ParagraphGap => lineHeight * 0.6;

    public static byte[] Render(ComposedLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var layout = new LetterLayout(LetterFonts.Create(FontSize));
        using var document = new PdfDocument();
        document.Info.Title = letter.Subject;
        document.Info.Author = letter.Sender.Count > 0 ? letter.Sender[0] : string.Empty;
        using (var flow = new PageFlow(document, Bottom, g => layout.DrawContinuationHeader(g, letter.Reference)))
        {
            flow.Y = layout.DrawFirstPageHeader(flow.Graphics, letter);
            layout.DrawBody(flow, letter.Body, layout.SignatureHeight(flow.Graphics, letter));
            layout.DrawSignature(flow, letter);
        }

        layout.DrawPageNumbers(document);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static double Mm(double millimetres) => millimetres * 72 / 25.4;

    /// <summary>Sender, recipient, place and date, reference and subject; returns where the body starts.</summary>
    private double DrawFirstPageHeader(XGraphics g, ComposedLetter letter)
    {
        var y = Top;
        for (var i = 0; i < letter.Sender.Count; i++)
        {
            var font = i == 0 ? fonts.Title : fonts.Small;
            Draw(g, letter.Sender[i], font, Left, y);
            y += font.GetHeight() * 1.1;
        }

        var recipientY = WindowTop;
        foreach (var line in letter.Recipient)
        {
            foreach (var wrapped in Wrap(g, line, fonts.Regular, Right - WindowLeft))
            {
                Draw(g, wrapped, fonts.Regular, WindowLeft, recipientY);
                recipientY += lineHeight;
            }
        }

        y = Math.Max(FirstBodyTop, Math.Max(y, recipientY) + lineHeight * 2);
        Draw(g, letter.PlaceAndDate, fonts.Regular, Right - g.MeasureString(letter.PlaceAndDate, fonts.Regular).Width, y);
        Draw(g, letter.Reference, fonts.Regular, Left, y);
        y += lineHeight * 2;
        foreach (var line in Wrap(g, letter.Subject, fonts.Bold, Right - Left))
        {
            Draw(g, line, fonts.Bold, Left, y);
            y += lineHeight;
        }

        return y + lineHeight;
    }

    private double DrawContinuationHeader(XGraphics g, string reference)
    {
        Draw(g, reference, fonts.Small, Left, Top);
        return Top + lineHeight * 2.5;
    }

    /// <param name="signatureHeight">The height of the closing and signature, which the last paragraph goes with.</param>
    private void DrawBody(PageFlow flow, IReadOnlyList<LetterBlock> body, double signatureHeight)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var next = i + 1 < body.Count ? body[i + 1] : null;
            switch (body[i])
            {
                case Paragraph last when next is null:
                    // The signature is never alone on a page: the last paragraph goes along with it.
                    var lastLines = Wrap(flow.Graphics, last.Text, fonts.Regular, Right - Left);
                    var together = lineHeight * lastLines.Count + ParagraphGap + signatureHeight;
                    if (together < Bottom - Top - lineHeight * 3)
                    {
                        flow.Reserve(together);
                    }

                    DrawLines(flow, lastLines, fonts.Regular, Left);
                    flow.Y += ParagraphGap;
                    break;
                case Heading heading:
                    flow.Y += lineHeight * 0.4;
                    var lines = Wrap(flow.Graphics, heading.Text, fonts.Bold, Right - Left);
                    // A heading stays with at least two lines of what follows it.
                    flow.Reserve(lineHeight * (lines.Count + 2));
                    DrawLines(flow, lines, fonts.Bold, Left);
                    flow.Y += lineHeight * 0.2;
                    break;
                case Paragraph paragraph:
                    DrawLines(flow, Wrap(flow.Graphics, paragraph.Text, fonts.Regular, Right - Left), fonts.Regular, Left);
                    flow.Y += ParagraphGap;
                    break;
                case Bullet bullet:
                    var bulletLines = Wrap(flow.Graphics, bullet.Text, fonts.Regular, Right - Left - BulletIndent);
                    flow.Reserve(lineHeight);
                    Draw(flow.Graphics, "•", fonts.Regular, Left, flow.Y);
                    DrawLines(flow, bulletLines, fonts.Regular, Left + BulletIndent);
                    flow.Y += ParagraphGap / 2;
                    break;
                case Field field:
                    DrawField(flow, field);
                    if (next is not Field)
                    {
                        flow.Y += ParagraphGap;
                    }

                    break;
                case PaymentCode code:
                    DrawPaymentCode(flow, code);
                    flow.Y += ParagraphGap;
                    break;
                default:
                    throw new InvalidOperationException($"No layout for {body[i].GetType().Name}.");
            }

            if (body[i] is Bullet && next is not Bullet)
            {
                flow.Y += ParagraphGap / 2;
            }
        }
    }

    /// <summary>A label and its value side by side; the field is kept on one page.</summary>
    private void DrawField(PageFlow flow, Field field)
    {
        var labelLines = Wrap(flow.Graphics, field.Label, fonts.Regular, LabelWidth - Mm(2));
        var valueLines = Wrap(flow.Graphics, field.Value, fonts.Bold, Right - Left - LabelWidth);
        var rows = Math.Max(labelLines.Count, valueLines.Count);
        flow.Reserve(lineHeight * rows);
        for (var row = 0; row < rows; row++)
        {
            if (row < labelLines.Count)
            {
                Draw(flow.Graphics, labelLines[row], fonts.Regular, Left, flow.Y);
            }

            if (row < valueLines.Count)
            {
                Draw(flow.Graphics, valueLines[row], fonts.Bold, Left + LabelWidth, flow.Y);
            }

            flow.Y += lineHeight;
        }
    }

    /// <summary>The caption where a field's label goes, the QR code under the values beside it; both on one page.</summary>
    private void DrawPaymentCode(PageFlow flow, PaymentCode code)
    {
        flow.Reserve(PaymentCodeSize);
        using var image = QrCodeImage.Of(code.Payload);
        flow.Graphics.DrawImage(image, Left + LabelWidth, flow.Y, PaymentCodeSize, PaymentCodeSize);
        var captionLines = Wrap(flow.Graphics, code.Caption, fonts.Regular, LabelWidth - Mm(2));
        var captionY = flow.Y + (PaymentCodeSize - lineHeight * captionLines.Count) / 2;
        foreach (var line in captionLines)
        {
            Draw(flow.Graphics, line, fonts.Regular, Left, captionY);
            captionY += lineHeight;
        }

        flow.Y += PaymentCodeSize;
    }

    private double SignatureHeight(XGraphics g, ComposedLetter letter) =>
        lineHeight * (Wrap(g, letter.Closing, fonts.Regular, Right - Left).Count + letter.Signature.Count) + SignatureSpace;

    /// <summary>The closing, room to sign, the official's name and title: all on one page.</summary>
    private void DrawSignature(PageFlow flow, ComposedLetter letter)
    {
        var closing = Wrap(flow.Graphics, letter.Closing, fonts.Regular, Right - Left);
        flow.Reserve(SignatureHeight(flow.Graphics, letter));
        DrawLines(flow, closing, fonts.Regular, Left);
        flow.Y += SignatureSpace;
        for (var i = 0; i < letter.Signature.Count; i++)
        {
            Draw(flow.Graphics, letter.Signature[i], i == 0 ? fonts.Bold : fonts.Regular, Left, flow.Y);
            flow.Y += lineHeight;
        }
    }

    /// <summary>"1/2" at the foot of each page, when there is more than one.</summary>
    private void DrawPageNumbers(PdfDocument document)
    {
        var count = document.PageCount;
        if (count < 2)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var number = $"{i + 1}/{count}";
            Draw(g, number, fonts.Small, Right - g.MeasureString(number, fonts.Small).Width, PageNumberTop);
        }
    }

    /// <summary>Lines that may run onto the next page, though never a single first line alone at the bottom.</summary>
    private void DrawLines(PageFlow flow, IReadOnlyList<string> lines, XFont font, double x)
    {
        flow.Reserve(lineHeight * Math.Min(lines.Count, 2));
        foreach (var line in lines)
        {
            flow.Reserve(lineHeight);
            Draw(flow.Graphics, line, font, x, flow.Y);
            flow.Y += lineHeight;
        }
    }

    private static IReadOnlyList<string> Wrap(XGraphics g, string text, XFont font, double width) =>
        TextWrapper.Wrap(text, width, s => g.MeasureString(s, font).Width);

    private static void Draw(XGraphics g, string text, XFont font, double x, double y)
    {
        if (text.Length > 0)
        {
            g.DrawString(text, font, XBrushes.Black, new XPoint(x, y), XStringFormats.TopLeft);
        }
    }
}
