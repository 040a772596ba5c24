using System.Globalization;
using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Deadlines;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Register;

namespace Sac.Domain.Tests.TestData;

/// <summary>
/// Small builders for domain objects. Defaults follow the demo data of api-v1.md: the municipality is
/// Gent-like (minors from 14, 2024 caps adopted from 2024-03-01, mediation offered to adults) and the
/// infraction is LITTER (pure administrative, 50–350, default 100, minors allowed, from 2014-01-01).
/// </summary>
internal static class Build
{
    public const string Gent = "44021";

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static MunicipalitySettings Settings(
        int? minorsFrom = 14, string? capsAdoptedOn = "2024-03-01", bool adultMediation = true, int paymentTermDays = 30) =>
        MunicipalitySettings.Create(minorsFrom, capsAdoptedOn is null ? null : Date(capsAdoptedOn), adultMediation, paymentTermDays).Value;

    public static Municipality Municipality(MunicipalitySettings? settings = null) =>
        new(Gent, "Gent", "Gand", settings ?? Settings());

    public static InfractionDefinition Definition(
        string code = "LITTER",
        InfractionCategory category = InfractionCategory.PureAdministrative,
        decimal? minimum = 50m,
        decimal? maximum = 350m,
        decimal? defaultAmount = 100m,
        bool minorsAllowed = true,
        string validFrom = "2014-01-01",
        decimal? recidivismMaximum = null,
        bool prosecutionWaivedByProtocol = false) =>
        new(code, category, "art. 12", "Zwerfvuil achterlaten", "Abandon de déchets", minimum, maximum, defaultAmount, minorsAllowed, Date(validFrom), recidivismMaximum, prosecutionWaivedByProtocol);

    /// <summary>An infraction version, made the only way the domain allows: through <see cref="Municipalities.Municipality.DefineInfraction"/>.</summary>
    public static Infraction Infraction(
        string code = "LITTER",
        InfractionCategory category = InfractionCategory.PureAdministrative,
        decimal? minimum = 50m,
        decimal? maximum = 350m,
        decimal? defaultAmount = 100m,
        bool minorsAllowed = true,
        string validFrom = "2014-01-01",
        decimal? recidivismMaximum = null,
        bool prosecutionWaivedByProtocol = false) =>
        Municipality().DefineInfraction(Definition(code, category, minimum, maximum, defaultAmount, minorsAllowed, validFrom, recidivismMaximum, prosecutionWaivedByProtocol)).Value;

    /// <summary>An art. 3,3° infraction: the law fixes the amount, so the regulation gives none.</summary>
    public static Infraction TrafficInfraction(InfractionCategory category, string code = "PARK-CYCLE-PATH") =>
        Infraction(code, category, minimum: null, maximum: null, defaultAmount: null, minorsAllowed: false);

    public static Offender PersonBornOn(string birthDate) =>
        Offender.Person(null, "Peeters", "Jan", Date(birthDate), "nl", null);

    /// <summary>36 years old on the default facts date.</summary>
    public static Offender Adult() => PersonBornOn("1988-02-29");

    /// <summary>15 years old on the default facts date (2025-03-01); the default municipality covers minors from 14.</summary>
    public static Offender Minor() => PersonBornOn("2009-06-15");

    public static Offender Company() =>
        Offender.Company(EnterpriseNumber.Create("0440966354").Value, "Bakkerij Peeters BV", "nl", null);

    /// <summary>A mixed infraction of the Criminal Code taken into the regulation (gas-law.md §2.2); adults only by default.</summary>
    public static Infraction MixedInfraction(InfractionCategory category, bool waivedByProtocol = false, bool minorsAllowed = false) =>
        Infraction(category == InfractionCategory.MixedLight ? "GRAFFITI" : "INSULT", category, minimum: 50m, maximum: 350m, defaultAmount: 150m,
            minorsAllowed: minorsAllowed, prosecutionWaivedByProtocol: waivedByProtocol);

    public static Offender Vehicle() => Offender.Vehicle(LicencePlate.Create("1-ABC-123", "BE").Value);

    public static PriorSanction Prior(string code, string decidedOn, SanctionKind kind = SanctionKind.Fine, bool final = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "44021-2024-000001", Gent, code, Date(decidedOn), kind, final);

    /// <summary>
    /// The facts of an assessment. The finding defaults to the facts date, today to the finding date, and
    /// the decision deadline is the legal 6-month limit, as <see cref="Case.Open"/> computes it.
    /// </summary>
    public static AssessmentFacts Facts(
        Offender? offender = null,
        Infraction? infraction = null,
        MunicipalitySettings? settings = null,
        string facts = "2025-03-01",
        string? finding = null,
        string? today = null,
        IReadOnlyList<PriorSanction>? history = null)
    {
        var factsDate = Date(facts);
        var findingDate = finding is null ? factsDate : Date(finding);
        var regime = LegalRegimeHistory.On(factsDate)
            ?? throw new ArgumentException("Assessments start with the GAS law on 2014-01-01.", nameof(facts));
        return new AssessmentFacts(
            offender ?? Adult(),
            infraction ?? Infraction(),
            settings ?? Settings(),
            factsDate,
            findingDate,
            LegalDeadlines.DecisionLimit(factsDate, findingDate, regime, DecisionTermExtension.None),
            history ?? [],
            today is null ? findingDate : Date(today));
    }

    public static CaseIntake Intake(string factsAt, string? findingAt = null, Offender? offender = null, Infraction? infraction = null) =>
        new(
            Gent,
            infraction ?? Infraction(),
            Instant(factsAt),
            Instant(findingAt ?? factsAt),
            new Place("Korenmarkt", "1", "9000", "Gent", 51.0548, 3.7216),
            "Zak afval naast de glasbak",
            offender ?? Adult(),
            "ext-1",
            "fingerprint-1");
}
