using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Domain.Calendar;
using Sac.Domain.Measures;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Application.Measures;

/// <summary>Writes the letters of college sanctions and place bans and keeps each as sent, with the measure.</summary>
internal sealed class MeasureLetters(IMeasureLetterRenderer renderer, IMeasureDocumentRepository documents, TimeProvider clock)
{
    public static MeasureSender Sender(Municipality municipality, string language) => municipality.Letterhead is { } letterhead
        ? new MeasureSender(municipality.Name(language), letterhead.Street, letterhead.PostalCode, letterhead.City, letterhead.Email, letterhead.Phone)
        : new MeasureSender(municipality.Name(language), string.Empty, string.Empty, municipality.Name(language), string.Empty, string.Empty);

    public static LetterRecipient Recipient(Addressee addressee) => new(addressee.Name, AddressLines(addressee.Address), IsMinor: false);

    /// <summary>The regulation's text of each infraction in the addressee's language, as in force on <paramref name="on"/>.</summary>
    public static IReadOnlyList<RegulationExtract> Extract(Municipality municipality, IEnumerable<string> codes, DateOnly on, string language) =>
        [.. codes.Select(code => municipality.InfractionOn(code, on) ?? municipality.Infractions.Where(i => i.Code == code).MaxBy(i => i.ValidFrom))
            .OfType<Infraction>()
            .Select(i => new RegulationExtract(i.Code, i.Article, i.Text(language)))];

    public MeasureDocument Keep(Guid measureId, string municipalityNis, MeasureLetter letter, string by)
    {
        var now = clock.GetUtcNow();
        var document = MeasureDocument.CreatePdf(
            measureId, municipalityNis, letter.Kind, letter.Language,
            $"{letter.Reference}-{letter.Kind}-{BelgianTime.LocalTimeOf(now):yyyyMMddHHmmss}.pdf", renderer.Render(letter), now, by);
        documents.Add(document);
        return document;
    }

    private static string[] AddressLines(Address? address) => address is not { } a
        ? []
        : [.. new[] { Join(a.Street, a.HouseNumber), Join(a.PostalCode, a.City), a.Country is null or "BE" ? null : a.Country }
            .Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!)];

    private static string? Join(string? first, string? second) =>
        string.Join(' ', new[] { first, second }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } joined ? joined : null;
}
