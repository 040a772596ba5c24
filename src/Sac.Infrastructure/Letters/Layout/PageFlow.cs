using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Sac.Infrastructure.Letters.Layout;

/// <summary>
/// A cursor that runs down the pages of a document: it draws one line at a time at <see cref="Y"/> and starts a new
/// A4 page, with its continuation header, when what comes next does not fit above the bottom margin.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private readonly PdfDocument document;
    private readonly Func<XGraphics, double> drawContinuationHeader;
    private XGraphics graphics;

    /// <param name="drawContinuationHeader">Draws the header of the second and later pages and returns where their text starts.</param>
    public PageFlow(PdfDocument document, double bottom, Func<XGraphics, double> drawContinuationHeader)
    {
        this.document = document;
        this.drawContinuationHeader = drawContinuationHeader;
        Bottom = bottom;
        graphics = XGraphics.FromPdfPage(AddPage(document));
    }

    public XGraphics Graphics => graphics;

    /// <summary>The top of the next line, in points from the top of the page.</summary>
    public double Y { get; set; }

    public double Bottom { get; }

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one.</summary>
    public void Reserve(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        graphics.Dispose();
        graphics = XGraphics.FromPdfPage(AddPage(document));
        Y = drawContinuationHeader(graphics);
    }

    public void Dispose() => graphics.Dispose();

    private static PdfPage AddPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        return page;
    }
}
