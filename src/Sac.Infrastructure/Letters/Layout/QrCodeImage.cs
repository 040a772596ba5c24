using PdfSharp.Drawing;
using QRCoder;

namespace Sac.Infrastructure.Letters.Layout;

/// <summary>
/// A QR code as a black-and-white bitmap, with its quiet zone, for PDFsharp to draw. A BMP, not a PNG: PDFsharp's own
/// importer does not read the one-bit PNG that QRCoder writes.
/// </summary>
internal static class QrCodeImage
{
    private const int PixelsPerModule = 8;

    /// <summary>
    /// Error correction level M, as EPC069-12 asks of payment codes; the text goes in as UTF-8 without a byte-order mark
    /// or ECI header, as its character set 1 says and bank apps expect.
    /// </summary>
    public static XImage Of(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        var bitmap = new BitmapByteQRCode(data).GetGraphic(PixelsPerModule);
        var image = XImage.FromStream(new MemoryStream(bitmap));
        // Scaled up, the modules must stay sharp squares, not blur into each other.
        image.Interpolate = false;
        return image;
    }
}
