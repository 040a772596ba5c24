using Microsoft.Extensions.Time.Testing;
using Sac.Application.Cases.GetCase;
using Sac.Application.Cases.Procedure;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Offenders;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Cases;

public sealed class GetCaseHandlerTests
{
    private const string GentNeighbour = "44019";

    private readonly FakeCaseRepository cases = new();
    private readonly FakeMunicipalityRepository municipalities = new(DemoMunicipalities.Gent(), DemoMunicipalities.Brussel(), DemoMunicipalities.Antwerpen());
    private readonly FakeRegisterRepository register = new();
    private readonly FakeSanctioningServiceDirectory services = new FakeSanctioningServiceDirectory().Sharing(DemoMunicipalities.GentNis, GentNeighbour);
    private FakeTimeProvider clock = TestClock.At("2025-03-10T12:00:00+01:00");

    [Fact]
    public async Task Handle_UnknownCase_NotFound()
    {
        var result = await Handle(Guid.NewGuid());

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task Handle_CaseOfAMunicipalityTheUserDoesNotBelongTo_NotFound()
    {
        var antwerp = Store(TestCases.Open(DemoMunicipalities.Antwerpen(), "LITTER", "2025-03-01T22:15:00+01:00"));

        var result = await Handle(antwerp.Id);

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task Handle_OwnCase_ReturnsItsDetails()
    {
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));

        var details = (await Handle(litter.Id)).Value;

        Assert.Equal(litter.Id, details.Id);
        Assert.Equal(DemoMunicipalities.GentNis, details.Municipality);
        Assert.Equal("Gent", details.MunicipalityNameNl);
        Assert.Equal(CaseStatus.Registered, details.Status);
        Assert.Equal("LITTER", details.Infraction.Code);
        Assert.Equal(37, details.Offender.AgeAtFacts);
        Assert.False(details.Offender.IsMinor);
        Assert.Equal(TestClock.Date("2025-05-01"), details.Deadlines.Transmission);
        Assert.Equal(TestClock.Date("2025-09-01"), details.Deadlines.Decision);
        Assert.Equal(TestClock.Date("2025-03-10"), details.Assessment.AssessedOn);
        Assert.Equal(CaseEvent.FindingRecorded, Assert.Single(details.Timeline).Type);
    }

    [Fact]
    public async Task Handle_AdultWithoutPriorSanction_MaximumFine350()
    {
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));

        var assessment = (await Handle(litter.Id)).Value.Assessment;

        Assert.True(assessment.Sanctionable);
        Assert.Empty(assessment.Reasons);
        Assert.False(assessment.IsRecidivism);
        Assert.Equal(350m, assessment.MaximumFine);
        Assert.Equal(FineCapBasis.AdultCap, assessment.MaximumFineBasis);
    }

    [Fact]
    public async Task Handle_AdultRecidivistSanctionedInAMunicipalitySharingTheService_MaximumFine500AfterGentAdoptedTheCaps()
    {
        ImportFinalFine(GentNeighbour, "LITTER", "2024-06-01");
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));

        var assessment = (await Handle(litter.Id)).Value.Assessment;

        Assert.True(assessment.IsRecidivism);
        Assert.Equal(GentNeighbour, assessment.PriorSanction!.MunicipalityNis);
        Assert.True(assessment.Caps2024Apply);
        Assert.Equal(500m, assessment.MaximumFine);
        Assert.Equal(FineCapBasis.AdultRecidivistCap, assessment.MaximumFineBasis);
    }

    [Fact]
    public async Task Handle_PriorSanctionInAMunicipalityNotSharingTheService_IsNotRecidivism()
    {
        ImportFinalFine(DemoMunicipalities.BrusselNis, "LITTER", "2024-06-01");
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));

        var assessment = (await Handle(litter.Id)).Value.Assessment;

        Assert.False(assessment.IsRecidivism);
        Assert.Equal(350m, assessment.MaximumFine);
    }

    [Fact]
    public async Task Handle_PriorSanctionForAnotherInfraction_IsNotRecidivism()
    {
        ImportFinalFine(DemoMunicipalities.GentNis, "URINATE", "2024-06-01");
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));

        var assessment = (await Handle(litter.Id)).Value.Assessment;

        Assert.False(assessment.IsRecidivism);
        Assert.Equal(350m, assessment.MaximumFine);
    }

    [Fact]
    public async Task Handle_AdultRecidivistWithFactsBeforeGentAdoptedTheCaps_MaximumFine350()
    {
        clock = TestClock.At("2024-03-10T12:00:00+01:00");
        ImportFinalFine(DemoMunicipalities.GentNis, "LITTER", "2023-06-01");
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2024-02-15T10:00:00+01:00"));

        var assessment = (await Handle(litter.Id)).Value.Assessment;

        Assert.True(assessment.IsRecidivism);
        Assert.False(assessment.Caps2024Apply);
        Assert.Equal(350m, assessment.MaximumFine);
    }

    [Fact]
    public async Task Handle_OnTheDecisionDeadline_IsNotTimeBarred()
    {
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));
        clock.SetUtcNow(TestClock.Instant("2025-09-01T23:59:00+02:00"));

        var assessment = (await Handle(litter.Id)).Value.Assessment;

        Assert.True(assessment.Sanctionable);
        Assert.DoesNotContain(AssessmentReason.TimeBarred, assessment.Reasons);
    }

    [Fact]
    public async Task Handle_OnceTheClockPassesTheDecisionDeadline_TIME_BARRED()
    {
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));
        clock.SetUtcNow(TestClock.Instant("2025-09-02T00:01:00+02:00"));

        var details = (await Handle(litter.Id)).Value;

        Assert.False(details.Assessment.Sanctionable);
        Assert.Equal([AssessmentReason.TimeBarred], details.Assessment.Reasons);
        Assert.Null(details.Assessment.MaximumFine);
        Assert.Equal(TestClock.Date("2025-09-02"), details.Assessment.AssessedOn);
    }

    [Fact]
    public async Task Handle_ChildUnderGentsMinimumAge_UNDER_MINIMUM_AGE()
    {
        var child = Offender.Person(null, "Peeters", "Lotte", new DateOnly(2013, 5, 1), "nl", null);
        var litter = Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00", child));

        var details = (await Handle(litter.Id)).Value;

        Assert.True(details.Offender.IsMinor);
        Assert.Equal(11, details.Offender.AgeAtFacts);
        Assert.False(details.Assessment.Sanctionable);
        Assert.Contains(AssessmentReason.UnderMinimumAge, details.Assessment.Reasons);
    }

    private Case Store(Case stored)
    {
        cases.With(stored);
        return stored;
    }

    private void ImportFinalFine(string nis, string infractionCode, string decidedOn) =>
        register.Add(RegisterEntry.Import(
            nis, infractionCode, TestCases.Peeters(), TestClock.Date(decidedOn), SanctionKind.Fine, 150m, null, final: true,
            clock.GetUtcNow(), "official@demo.sac").Value);

    private async Task<Result<CaseDetails>> Handle(Guid id)
    {
        var user = FakeCurrentUser.Official();
        var loader = new CaseContextLoader(user, cases, municipalities, register, services);
        var handler = new GetCaseHandler(loader, new FakeCaseDocumentRepository(), user, clock);
        return await handler.Handle(new GetCaseQuery(id), CancellationToken.None);
    }
}
