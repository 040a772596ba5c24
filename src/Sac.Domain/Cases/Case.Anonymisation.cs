using System.Collections.Frozen;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.DataProtection;
using Sac.Domain.Offenders;

namespace Sac.Domain.Cases;

/// <summary>
/// Retention (gas-law.md §0b "Register retention", §8): once a closed case's retention period has ended, its personal data
/// is erased and what statistics need stays — municipality, infraction, dates, statuses, decision and amounts, payments'
/// amounts and dates, the close reason, the offender's type, age at the facts, sex, language and place of residence
/// (postal code and municipality, not the street). The case itself, its number and its timeline remain.
/// </summary>
public sealed partial class Case
{
    public static readonly Error RetentionRunning = new(
        "RETENTION_RUNNING", "A case's personal data is kept until its retention period after closure has ended.", ErrorKind.BusinessRule);

    /// <summary>Timeline lines whose detail is only dates, amounts and names of values: kept as they are.</summary>
    private static readonly FrozenSet<string> StructuredDetails = new[]
    {
        CaseEvent.FindingRecorded, CaseEvent.ReportedToProsecutor, CaseEvent.ProsecutorAnswered, CaseEvent.ProsecutorWindowEnded,
        CaseEvent.ParentsInformed, CaseEvent.MediationOffered, CaseEvent.MediationEnded, CaseEvent.CommunityServiceOffered,
        CaseEvent.NoticeSent, CaseEvent.DefenceReceived, CaseEvent.HearingHeld, CaseEvent.DefencePeriodEnded, CaseEvent.DecisionNotified,
        CaseEvent.AppealFiled, CaseEvent.AppealDecided, CaseEvent.BecameEnforceable, CaseEvent.CommunityServiceEnded,
        CaseEvent.PaymentRegistered, CaseEvent.RefundRecorded, CaseEvent.PaymentReminded, CaseEvent.PaymentOverdue, CaseEvent.HandedOverToCollection,
        CaseEvent.TimeBarWarning, CaseEvent.Anonymised,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The day the case was closed (Brussels); the retention period runs from it.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The day the personal data was erased; null while it is kept.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    /// <summary>The offender's age in whole years on the facts date, kept when the birth date is erased.</summary>
    public int? OffenderAgeAtFacts { get; private set; }

    /// <summary>The sex the national register number told, kept when the number is erased; null for companies and vehicles.</summary>
    public Sex? OffenderSex { get; private set; }

    public bool IsAnonymised => AnonymisedOn is not null;

    /// <summary>True for a closed case whose retention period of <paramref name="retentionYears"/> after closure ended before <paramref name="today"/>.</summary>
    public bool RetentionHasEnded(int retentionYears, DateOnly today) =>
        Status == CaseStatus.Closed && ClosedOn is { } closed && Retention.HasEnded(closed, Retention.CaseMonths(retentionYears), today);

    /// <summary>
    /// Erases the personal data of a closed case whose retention period has ended. Running it again changes nothing:
    /// an anonymised case stays as it is.
    /// </summary>
    public Result Anonymise(int retentionYears, DateTimeOffset now, string by)
    {
        if (IsAnonymised)
        {
            return Result.Success();
        }

        var today = BelgianTime.DateOf(now);
        if (!RetentionHasEnded(retentionYears, today))
        {
            return RetentionRunning;
        }

        return Record(new CaseEvent(now, CaseEvent.Anonymised, by), () =>
        {
            OffenderAgeAtFacts = Offender.BirthDate is { } born ? Age.InYearsOn(born, FactsDate) : null;
            OffenderSex = Offender.Type != OffenderType.Person ? null
                : NationalRegisterNumber.Create(Offender.NationalRegisterNumber).Match(n => n.Sex, _ => Offenders.Sex.Unknown);
            Offender = Offender.Anonymised();

            // The street where the facts happened stays (where nuisance happens); the door and the exact position go.
            Place = Place with { HouseNumber = null, Latitude = null, Longitude = null };
            Description = null;
            IntakeFingerprint = null;
            Hearing = Hearing is { } hearing ? hearing with { Minutes = null } : null;
            Decision = Decision is { } decision ? decision with { Reasoning = null, NoSanctionReason = null } : null;

            // Every line is replaced, in order: the timeline's order is the order its lines were stored in.
            Replace(defences, d => d with { Text = string.Empty });
            Replace(payments, p => p with { Communication = null });
            Replace(refunds, r => r with { Iban = string.Empty });
            Replace(timeline, e => e with { Detail = StatisticalDetail(e) });
            AnonymisedOn = today;
        });
    }

    /// <summary>A line's detail without free text: a note, a reason or a place written by someone may name or describe the person.</summary>
    private static string? StatisticalDetail(CaseEvent happened) => happened.Type switch
    {
        // "Reason: note", "2025-03-10: note", "NoSanction: reason" keep what comes before the colon ("Fine 200.00" has none).
        CaseEvent.CaseClosed or CaseEvent.LawyerRequested or CaseEvent.Decided => happened.Detail?.Split(':')[0].Trim(),

        // "2025-03-20 14:00 Stadhuis, zaal 2" keeps its moment.
        CaseEvent.HearingScheduled => happened.Detail is { Length: > 16 } detail ? detail[..16] : happened.Detail,
        _ when StructuredDetails.Contains(happened.Type) => happened.Detail,

        // A kind of line this rule does not know may carry anything: its detail goes.
        _ => null,
    };

    private static void Replace<T>(List<T> lines, Func<T, T> erase)
    {
        var erased = lines.Select(erase).ToList();
        lines.Clear();
        lines.AddRange(erased);
    }
}
