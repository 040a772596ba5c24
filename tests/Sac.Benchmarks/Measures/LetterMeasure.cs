using System.Diagnostics;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Sac.Application.Documents;
using Sac.Application.Letters;
using Sac.Domain.Cases;
using Sac.Domain.Documents;
using Sac.Infrastructure.Persistence;

namespace Sac.Benchmarks.Measures;

/// <summary>Letters per second, with one thread and with every core, beside a bare one-page PDF of as many lines.</summary>
internal sealed record LetterResult(IReadOnlyList<string> Letters, double PerSecond, double PerSecondOneThread, double BarePerSecond, double BarePerSecondOneThread);

/// <summary>
/// The application's own letters: it prepares a notice and a decision in Dutch and in French for generated cases (through
/// the mediator, as the post tray does), a recording renderer keeps what it was asked to render, and those letters are
/// rendered again and again by the application's <see cref="ILetterRenderer"/>.
/// </summary>
internal static class LetterMeasure
{
    private const int Rounds = 60;

    public static async Task<LetterResult> RunAsync(ServiceProvider asOfficial, CancellationToken cancellationToken)
    {
        var recorder = asOfficial.GetRequiredService<RecordingLetterRenderer>();
        await using (var scope = asOfficial.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            foreach (var (status, language, kind) in Wanted)
            {
                var caseId = await db.Cases.AsNoTracking()
                    .Where(c => c.Status == status && c.Offender.Language == language && c.Offender.Type != Domain.Offenders.OffenderType.Vehicle)
                    .Select(c => c.Id).FirstAsync(cancellationToken);
                var prepared = await mediator.Send(new PrepareLetterCommand(caseId, kind), cancellationToken);
                if (prepared.IsFailure)
                {
                    throw new InvalidOperationException($"Preparing a {kind} letter for case {caseId} failed: {prepared.FirstError.Code}.");
                }
            }
        }

        var letters = recorder.Recorded;
        var renderer = recorder.Inner;
        var app = Throughput(letters.Count, i => renderer.Render(letters[i % letters.Count]));
        var bare = Throughput(letters.Count, _ => BarePage());
        return new LetterResult(
            [.. letters.Select(l => $"{l.Kind} ({l.Language})")], app.Parallel, app.OneThread, bare.Parallel, bare.OneThread);
    }

    private static readonly (CaseStatus Status, string Language, DocumentKind Kind)[] Wanted =
    [
        (CaseStatus.ReadyForDecision, "nl", DocumentKind.Notice),
        (CaseStatus.ReadyForDecision, "fr", DocumentKind.Notice),
        (CaseStatus.DecisionNotified, "nl", DocumentKind.Decision),
        (CaseStatus.DecisionNotified, "fr", DocumentKind.Decision),
    ];

    private static (double OneThread, double Parallel) Throughput(int letters, Func<int, byte[]> render)
    {
        var count = letters * Rounds;
        for (var i = 0; i < letters * 5; i++)
        {
            render(i);
        }

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            render(i);
        }

        var oneThread = count / Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => render(i));
        return (oneThread, count / Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>The floor: an A4 page of 45 lines of text in the letters' font, saved, without any wording or layout.</summary>
    private static byte[] BarePage()
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var font = new XFont("Liberation Sans", 10, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            for (var line = 0; line < 45; line++)
            {
                graphics.DrawString("Betreft: administratieve sanctie — décision du fonctionnaire sanctionnateur, 250,00 €", font, XBrushes.Black, new XPoint(50, 60 + (line * 16)));
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
