using Sac.Application.Cases.Procedure;
using Sac.Domain.Cases;
using Sac.Domain.Documents;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Application.Letters;

/// <summary>Gathers what a letter of a case says, in the offender's language, from the case and its assessment.</summary>
internal static class LetterComposer
{
    public static LetterContent Compose(CaseContext context, DocumentKind kind, DateOnly letterDate)
    {
        var (@case, municipality, infraction, assessment) = context;
        var letterhead = municipality.Letterhead;
        var language = context.Language;
        var regime = assessment.Regime;
        return new LetterContent(
            kind,
            language,
            new LetterSender(
                municipality.Name(language),
                letterhead?.Street ?? string.Empty,
                letterhead?.PostalCode ?? string.Empty,
                letterhead?.City ?? municipality.Name(language),
                letterhead?.OfficialName ?? string.Empty,
                letterhead?.Email ?? string.Empty,
                letterhead?.Phone ?? string.Empty),
            new LetterRecipient(@case.Offender.DisplayName, AddressLines(@case.Offender), assessment.IsMinor),
            @case.Number,
            letterDate,
            new LetterFacts(
                infraction.Code,
                infraction.Article,
                infraction.Text(language),
                infraction.Category.IsTrafficWithFixedFine(),
                @case.FactsAt,
                PlaceText(@case.Place)),
            new LetterTerms(
                infraction.Category.IsTrafficWithFixedFine() ? regime.TrafficDefenceDays : regime.DefenceDays,
                regime.DeemedReceiptWorkingDays,
                assessment.OralHearingMayBeRequested,
                regime.OralHearingThreshold,
                regime.AppealMonths,
                assessment.IsMinor ? AppealCourt.YouthCourt : AppealCourt.PoliceCourt,
                regime.ReminderTermDays),
            @case.Decision is { } d ? new LetterDecision(d.DecidedOn, d.Kind, d.Amount, d.Hours, d.NoSanctionReason, d.Reasoning) : null,
            @case.AmountDue is { } due && @case.Deadlines.Payment is { } payBy
                ? new LetterPayment(due, @case.AmountPaid, @case.Outstanding!.Value, payBy, letterhead?.Iban ?? string.Empty, letterhead?.Bic ?? string.Empty, @case.PaymentReference.ToString())
                : null);
    }

    private static string[] AddressLines(Offender offender) => offender.Address is not { } a
        ? []
        : [.. new[] { Join(a.Street, a.HouseNumber), Join(a.PostalCode, a.City), a.Country is null or "BE" ? null : a.Country }
            .Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!)];

    private static string PlaceText(Place place) =>
        string.Join(", ", new[] { Join(place.Street, place.HouseNumber), Join(place.PostalCode, place.City) }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string? Join(string? first, string? second) =>
        string.Join(' ', new[] { first, second }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } joined ? joined : null;
}
