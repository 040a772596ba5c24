using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Common;
using Sac.Domain.DataProtection;
using Sac.Domain.Offenders;

namespace Sac.Domain.Register;

/// <summary>
/// One line of the municipal GAS register: a decision about an identified offender. Lines come
/// from decisions made in Sac or from the import of an earlier system; both count alike.
/// </summary>
public sealed class RegisterEntry
{
    private RegisterEntry()
    {
        MunicipalityNis = InfractionCode = OffenderKey = string.Empty;
        Offender = null!;
    }

    public Guid Id { get; private set; }

    public string MunicipalityNis { get; private set; }

    public string InfractionCode { get; private set; }

    public Offender Offender { get; private set; }

    public string OffenderKey { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public SanctionKind Kind { get; private set; }

    public decimal? Amount { get; private set; }

    public int? Hours { get; private set; }

    public bool Final { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    /// <summary>The day the offender's personal data was erased; null while it is kept.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    public PriorSanction ToPriorSanction() =>
        new(Id, CaseId, CaseNumber, MunicipalityNis, InfractionCode, DecidedOn, Kind, Final);

    /// <summary>
    /// Once the line is older than the retention period (never less than recidivism needs, see <see cref="Retention.RegisterMonths"/>),
    /// the offender is anonymised as in a case and the line no longer matches anyone: it still counts in statistics, never for
    /// recidivism. False when nothing changed (still kept, or already anonymised).
    /// </summary>
    public bool Anonymise(int retentionYears, DateTimeOffset now)
    {
        var today = BelgianTime.DateOf(now);
        if (AnonymisedOn is not null || !Retention.HasEnded(DecidedOn, Retention.RegisterMonths(retentionYears), today))
        {
            return false;
        }

        Offender = Offender.Anonymised();
        OffenderKey = string.Empty;
        AnonymisedOn = today;
        return true;
    }

    /// <summary>The register line of a decision made in Sac that became final; null for an offender without identity (a plate only).</summary>
    public static RegisterEntry? FromFinalDecision(Case decided, Decision decision, DateTimeOffset now) =>
        decided.Offender.IdentityKey is not { } key ? null : new RegisterEntry
        {
            Id = Guid.NewGuid(),
            MunicipalityNis = decided.MunicipalityNis,
            InfractionCode = decided.InfractionCode,
            Offender = decided.Offender,
            OffenderKey = key,
            DecidedOn = decision.DecidedOn,
            Kind = decision.SanctionKind,
            Amount = decision.Amount,
            Hours = decision.Hours,
            Final = true,
            CaseId = decided.Id,
            CaseNumber = decided.Number,
            RecordedAt = now,
            RecordedBy = decision.DecidedBy,
        };

    /// <summary>Registers a decision taken outside Sac (migration of an earlier register).</summary>
    public static Result<RegisterEntry> Import(
        string municipalityNis, string infractionCode, Offender offender, DateOnly decidedOn, SanctionKind kind,
        decimal? amount, int? hours, bool final, DateTimeOffset now, string recordedBy)
    {
        if (offender.IdentityKey is not { } key)
        {
            return new Error("OFFENDER_UNIDENTIFIED", "A register entry needs an identified person or company.", Field: "offender");
        }

        if (decidedOn > BelgianTime.DateOf(now))
        {
            return new Error("DECIDED_IN_FUTURE", "A decision cannot lie in the future.", Field: "decidedAt");
        }

        var shapeError = kind switch
        {
            SanctionKind.Fine when amount is not > 0 => new Error("AMOUNT_REQUIRED", "A fine needs a positive amount.", Field: "amount"),
            SanctionKind.CommunityService when hours is not > 0 => new Error("HOURS_REQUIRED", "Community service needs a positive number of hours.", Field: "hours"),
            SanctionKind.NoSanction => new Error("NOT_A_SANCTION", "The register holds sanctions and alternative measures only.", Field: "kind"),
            _ => null,
        };
        if (shapeError is not null)
        {
            return shapeError;
        }

        return new RegisterEntry
        {
            Id = Guid.NewGuid(),
            MunicipalityNis = municipalityNis,
            InfractionCode = infractionCode,
            Offender = offender,
            OffenderKey = key,
            DecidedOn = decidedOn,
            Kind = kind,
            Amount = kind == SanctionKind.Fine ? amount : null,
            Hours = kind == SanctionKind.CommunityService ? hours : null,
            Final = final,
            RecordedAt = now,
            RecordedBy = recordedBy,
        };
    }
}
