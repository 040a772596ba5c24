using Sac.Domain.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using ZXing;

namespace Sac.Infrastructure.Tests.Letters;

/// <summary>The EPC QR code that fills in the transfer in a bank app, beside the payment details of the letters that ask for a payment.</summary>
public sealed class PaymentCodeTests
{
    /// <summary>A communication with the right check digits: the builder's default is only a printed example.</summary>
    private const string ValidCommunication = "+++250/0000/19788+++";

    [Theory]
    [InlineData(DocumentKind.PaymentInvitation, "nl", "Scan met uw bank-app")]
    [InlineData(DocumentKind.PaymentInvitation, "fr", "Scannez avec votre application bancaire")]
    [InlineData(DocumentKind.PaymentReminder, "nl", "Scan met uw bank-app")]
    [InlineData(DocumentKind.PaymentReminder, "fr", "Scannez avec votre application bancaire")]
    public void A_payment_letter_shows_a_square_qr_code_with_its_caption(DocumentKind kind, string language, string caption)
    {
        var letter = RenderedLetter.Of(Payable(kind).In(language));

        var image = Assert.Single(Images(letter));
        Assert.Equal(image.WidthInSamples, image.HeightInSamples);
        Assert.InRange(image.BoundingBox.Width, 80, 100); // 32 mm is 90.7 points: large enough for any phone camera.
        Assert.Equal(image.BoundingBox.Width, image.BoundingBox.Height, 3);
        Assert.Contains(caption, letter.Text);
    }

    [Fact]
    public void The_qr_code_reads_back_as_the_transfer_of_what_is_still_to_pay()
    {
        var letter = RenderedLetter.Of(Payable(DocumentKind.PaymentReminder).Payment(p => p with { AmountPaid = 50m, Outstanding = 150m }));

        Assert.Equal(
            "BCD\n002\n1\nSCT\nGKCCBEBB\nStad Gent\nBE68539007547034\nEUR150.00\n\n250000019788",
            Decode(Assert.Single(Images(letter))));
    }

    [Fact]
    public void No_qr_code_without_a_bic() =>
        Assert.Empty(Images(RenderedLetter.Of(Payable(DocumentKind.PaymentInvitation).Payment(p => p with { Bic = string.Empty }))));

    [Fact]
    public void No_qr_code_without_an_iban()
    {
        var letter = RenderedLetter.Of(Payable(DocumentKind.PaymentInvitation).Payment(p => p with { Iban = string.Empty }));

        Assert.Empty(Images(letter));
        Assert.DoesNotContain("Scan met uw bank-app", letter.Text);
    }

    [Fact]
    public void No_qr_code_for_a_communication_the_bank_would_refuse() =>
        Assert.Empty(Images(RenderedLetter.Of(Payable(DocumentKind.PaymentInvitation).Payment(p => p with { StructuredCommunication = "+++250/0000/19789+++" }))));

    [Fact]
    public void No_qr_code_on_a_decision() =>
        Assert.Empty(Images(RenderedLetter.Of(LetterBuilder.A(DocumentKind.Decision))));

    [Fact]
    public void The_qr_code_has_its_quiet_zone_of_four_white_modules()
    {
        var image = Assert.Single(Images(RenderedLetter.Of(Payable(DocumentKind.PaymentInvitation))));
        var gray = Luminance(image);

        // Eight pixels a module: the first 32 pixels of the diagonal are white, the finder pattern starts black at 32.
        Assert.All(Enumerable.Range(0, 32), i => Assert.Equal(255, gray[(i * image.WidthInSamples) + i]));
        Assert.Equal(0, gray[(32 * image.WidthInSamples) + 32]);
    }

    private static LetterBuilder Payable(DocumentKind kind) =>
        LetterBuilder.A(kind).Payment(p => p with { StructuredCommunication = ValidCommunication });

    /// <summary>Reads the QR code as a phone would.</summary>
    private static string Decode(IPdfImage image)
    {
        var luminance = Luminance(image);
        var result = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE] } }
            .Decode(new RGBLuminanceSource(luminance, image.WidthInSamples, image.HeightInSamples, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(result);
        return result.Text;
    }

    /// <summary>One byte a pixel, from the samples PDFsharp stored: 8 bits per component, gray or RGB.</summary>
    private static byte[] Luminance(IPdfImage image)
    {
        Assert.True(image.TryGetBytesAsMemory(out var samples));
        var (width, height) = (image.WidthInSamples, image.HeightInSamples);
        var components = samples.Length / (width * height);
        var luminance = new byte[width * height];
        for (var i = 0; i < luminance.Length; i++)
        {
            luminance[i] = samples.Span[i * components];
        }

        return luminance;
    }

    private static List<IPdfImage> Images(RenderedLetter letter)
    {
        using var document = PdfDocument.Open(letter.Bytes);
        return [.. document.GetPages().SelectMany(page => page.GetImages())];
    }
}
