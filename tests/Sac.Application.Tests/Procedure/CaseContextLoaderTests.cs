using Sac.Application.Cases.Procedure;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Assessment;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Procedure;

public sealed class CaseContextLoaderTests
{
    private static readonly DateOnly March10 = new(2025, 3, 10);

    private readonly ProcedureHarness harness = new();

    [Fact]
    public async Task LoadToRead_OwnCase_GivesTheCaseItsMunicipalityRegulationVersionAndAssessmentOnTheDayAsked()
    {
        var litter = harness.Store(TestCases.Gent());

        var context = (await harness.Loader.LoadToReadAsync(litter.Id, March10, CancellationToken.None)).Value;

        Assert.Same(litter, context.Case);
        Assert.Same(harness.Gent, context.Municipality);
        Assert.Equal("LITTER", context.Infraction.Code);
        Assert.True(context.Assessment.Sanctionable);
        Assert.Equal(350m, context.Assessment.MaximumFine);
    }

    [Fact]
    public async Task LoadToRead_UnknownCase_NOT_FOUND()
    {
        var result = await harness.Loader.LoadToReadAsync(Guid.NewGuid(), March10, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task LoadToRead_CaseOfAnotherMunicipality_NotFoundRatherThanForbidden()
    {
        var antwerp = harness.Store(TestCases.Open(DemoMunicipalities.Antwerpen(), "LITTER", TestCases.FactsAt));

        var result = await harness.Loader.LoadToReadAsync(antwerp.Id, March10, CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task LoadToActOn_UnknownCase_NotFound()
    {
        var result = await harness.Loader.LoadToActOnAsync(Guid.NewGuid(), null, March10, CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task LoadToActOn_CaseOfAnotherMunicipality_Forbidden()
    {
        var antwerp = harness.Store(TestCases.Open(DemoMunicipalities.Antwerpen(), "LITTER", TestCases.FactsAt));

        var result = await harness.Loader.LoadToActOnAsync(antwerp.Id, 1, March10, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(ErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public async Task LoadToActOn_OutsiderOnAGentCase_Forbidden()
    {
        var litter = harness.Store(TestCases.Gent());
        harness.User = FakeCurrentUser.Outsider();

        var result = await harness.Loader.LoadToActOnAsync(litter.Id, null, March10, CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task LoadToActOn_VersionOpenedBeforeSomeoneElsesChange_STALE_VERSION_Conflict()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await harness.Loader.LoadToActOnAsync(litter.Id, 1, March10, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("STALE_VERSION", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(null)]
    public async Task LoadToActOn_CurrentVersionOrNone_Loads(int? expectedVersion)
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await harness.Loader.LoadToActOnAsync(litter.Id, expectedVersion, March10, CancellationToken.None);

        Assert.Same(litter, result.Value.Case);
    }

    [Fact]
    public async Task LoadToActOn_AssessesOnTheDayAsked_TheDayAfterTheDecisionLimitIsTimeBarred()
    {
        var litter = harness.Store(TestCases.Gent());

        var onLimit = (await harness.Loader.LoadToActOnAsync(litter.Id, null, new DateOnly(2025, 9, 1), CancellationToken.None)).Value;
        var after = (await harness.Loader.LoadToActOnAsync(litter.Id, null, new DateOnly(2025, 9, 2), CancellationToken.None)).Value;

        Assert.True(onLimit.Assessment.Sanctionable);
        Assert.False(after.Assessment.Sanctionable);
        Assert.Equal([AssessmentReason.TimeBarred], after.Assessment.Reasons);
    }

    [Fact]
    public async Task LoadForSystem_CaseOfAnyMunicipality_LoadsWhateverTheUser()
    {
        var antwerp = harness.Store(TestCases.Open(DemoMunicipalities.Antwerpen(), "LITTER", TestCases.FactsAt));

        var context = await harness.Loader.LoadForSystemAsync(antwerp.Id, March10, CancellationToken.None);

        Assert.NotNull(context);
        Assert.Same(harness.Antwerpen, context.Municipality);
    }

    [Fact]
    public async Task LoadForSystem_UnknownCase_Null()
    {
        Assert.Null(await harness.Loader.LoadForSystemAsync(Guid.NewGuid(), March10, CancellationToken.None));
    }

    [Fact]
    public async Task Assessment_AFinalFineForTheSameInfractionOfAnotherCase_IsRecidivism()
    {
        var earlier = TestCases.Gent();
        harness.Register.Add(RegisterEntry.FromFinalDecision(earlier, FineOf2024(), TestClock.Instant("2024-06-01T12:00:00+02:00"))!);
        var litter = harness.Store(TestCases.Gent());

        var context = (await harness.Loader.LoadToReadAsync(litter.Id, March10, CancellationToken.None)).Value;

        Assert.True(context.Assessment.IsRecidivism);
        Assert.Equal(500m, context.Assessment.MaximumFine);
    }

    [Fact]
    public async Task Assessment_TheCasesOwnRegisterLine_IsNotItsOwnRecidivism()
    {
        var litter = harness.Store(TestCases.Gent());
        harness.Register.Add(RegisterEntry.FromFinalDecision(litter, FineOf2024(), TestClock.Instant("2024-06-01T12:00:00+02:00"))!);

        var context = (await harness.Loader.LoadToReadAsync(litter.Id, March10, CancellationToken.None)).Value;

        Assert.False(context.Assessment.IsRecidivism);
        Assert.Equal(350m, context.Assessment.MaximumFine);
    }

    [Fact]
    public async Task Assessment_AFineInAMunicipalitySharingTheService_CountsToo()
    {
        var brusselCase = TestCases.Open(DemoMunicipalities.Brussel(), "LITTER", TestCases.FactsAt);
        harness.Register.Add(RegisterEntry.FromFinalDecision(brusselCase, FineOf2024(), TestClock.Instant("2024-06-01T12:00:00+02:00"))!);
        var litter = harness.Store(TestCases.Gent());

        var alone = (await harness.Loader.LoadToReadAsync(litter.Id, March10, CancellationToken.None)).Value;
        harness.ServiceDirectory.Sharing(DemoMunicipalities.GentNis, DemoMunicipalities.BrusselNis);
        var shared = (await harness.Loader.LoadToReadAsync(litter.Id, March10, CancellationToken.None)).Value;

        Assert.False(alone.Assessment.IsRecidivism);
        Assert.True(shared.Assessment.IsRecidivism);
    }

    private static Decision FineOf2024() => new(new DateOnly(2024, 6, 1), DecisionKind.Fine, 100m, null, null, null, "official@demo.sac");
}
