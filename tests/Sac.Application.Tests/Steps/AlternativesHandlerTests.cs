using Sac.Application.Cases.Steps;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Deadlines;

namespace Sac.Application.Tests.Steps;

/// <summary>The lawyer for a minor, mediation and community service.</summary>
public sealed class AlternativesHandlerTests
{
    private static readonly DateOnly March20 = new(2025, 3, 20);

    private readonly ProcedureHarness harness = new("2025-03-20T12:00:00+01:00");

    [Fact]
    public async Task RequestLawyer_ForAMinor_IsRecordedWithoutChangingTheStatus()
    {
        var minor = harness.Store(TestCases.Gent(offender: TestCases.MinorLotte()));

        var result = await new RequestLawyerHandler(harness.Services).Handle(new RequestLawyerCommand(minor.Id, March20, " Balie Gent ", 1), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Registered, minor.Status);
        Assert.Equal(2, minor.Version);
        Assert.Equal(March20, minor.LawyerRequestedOn);
        var requested = minor.Timeline[^1];
        Assert.Equal(CaseEvent.LawyerRequested, requested.Type);
        Assert.Equal("2025-03-20: Balie Gent", requested.Detail);
    }

    [Fact]
    public async Task RequestLawyer_ForAnAdult_MINORS_ONLY_AndNothingChanges()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await new RequestLawyerHandler(harness.Services).Handle(new RequestLawyerCommand(litter.Id, March20, null), CancellationToken.None);

        Assert.Equal("MINORS_ONLY", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
        Assert.Null(litter.LawyerRequestedOn);
    }

    [Fact]
    public async Task OfferCommunityService_WhileAwaitingTheProsecutor_NOT_SANCTIONABLE_AndNothingChanges()
    {
        var graffiti = harness.Store(TestCases.Gent("GRAFFITI"));
        var before = harness.Snapshot(graffiti);

        var result = await new OfferCommunityServiceHandler(harness.Services).Handle(new OfferCommunityServiceCommand(graffiti.Id, March20), CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("NOT_SANCTIONABLE", error.Code);
        Assert.Contains("AWAITING_PROSECUTOR", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, harness.Snapshot(graffiti));
    }

    [Fact]
    public async Task MediationOutcome_Succeeded_ClosesTheCase()
    {
        var litter = harness.Store(TestCases.Gent().WithMediationOffered());

        var result = await Mediation(new RecordMediationOutcomeCommand(litter.Id, MediationOutcome.Succeeded, March20));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, litter.Status);
        Assert.Equal(CloseReason.MediationSucceeded, litter.CloseReason);
        Assert.True(litter.MediationSucceeded);
        Assert.Empty(harness.Register.Entries);
    }

    [Theory]
    [InlineData(MediationOutcome.Refused)]
    [InlineData(MediationOutcome.Failed)]
    public async Task MediationOutcome_RefusedOrFailed_TheProcedureGoesOn(MediationOutcome outcome)
    {
        var litter = harness.Store(TestCases.Gent().WithMediationOffered());

        var result = await Mediation(new RecordMediationOutcomeCommand(litter.Id, outcome, March20));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.MediationFailed, litter.Status);
        Assert.Equal(outcome, litter.MediationOutcome);
    }

    [Fact]
    public async Task MediationOutcome_PaymentPlan_ExtendsTheDecisionLimitTo15Months()
    {
        var litter = harness.Store(TestCases.Gent().WithMediationOffered());

        var result = await Mediation(new RecordMediationOutcomeCommand(litter.Id, MediationOutcome.AgreementWithPaymentPlan, March20));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.MediationOffered, litter.Status);
        Assert.Equal(DecisionTermExtension.MediationPaymentPlan, litter.DecisionTermExtension);
        Assert.Equal(new DateOnly(2026, 6, 1), litter.Deadlines.Decision);
    }

    [Fact]
    public async Task MediationOutcome_WithoutOffer_INVALID_STATE_AndNothingChanges()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Mediation(new RecordMediationOutcomeCommand(litter.Id, MediationOutcome.Succeeded, March20));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task OfferCommunityService_ToAnAdultPerson_ExtendsTheDecisionLimitTo12Months()
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await new OfferCommunityServiceHandler(harness.Services).Handle(new OfferCommunityServiceCommand(litter.Id, March20), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.CommunityServiceOffered, litter.Status);
        Assert.Equal(March20, litter.CommunityServiceOfferedOn);
        Assert.Equal(new DateOnly(2026, 3, 1), litter.Deadlines.Decision);
    }

    [Theory]
    [InlineData("company")]
    [InlineData("parking")]
    public async Task OfferCommunityService_ToACompanyOrOnAParkingFine_COMMUNITY_SERVICE_NOT_POSSIBLE_AndNothingChanges(string which)
    {
        var offered = harness.Store(which == "company" ? TestCases.Gent(offender: TestCases.Company()) : TestCases.Gent("PARK-PROHIBITED"));
        var before = harness.Snapshot(offered);

        var result = await new OfferCommunityServiceHandler(harness.Services).Handle(new OfferCommunityServiceCommand(offered.Id, March20), CancellationToken.None);

        Assert.Equal("COMMUNITY_SERVICE_NOT_POSSIBLE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(offered));
    }

    [Fact]
    public async Task CommunityServiceOutcome_Performed_ClosesTheCase()
    {
        var serving = harness.Store(TestCases.Gent().WithCommunityService(10).WithDecisionNotified().WithTimePassed("2025-05-20"));
        Assert.Equal(CaseStatus.Enforceable, serving.Status);

        var result = await ServiceOutcome(new RecordCommunityServiceOutcomeCommand(serving.Id, true, new DateOnly(2025, 6, 1)));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, serving.Status);
        Assert.Equal(CloseReason.CommunityServicePerformed, serving.CloseReason);
    }

    [Fact]
    public async Task CommunityServiceOutcome_NotPerformed_TheDecisionLapsesAndAwaitsANewOne()
    {
        var serving = harness.Store(TestCases.Gent().WithCommunityService(10).WithDecisionNotified().WithTimePassed("2025-05-20"));

        var result = await ServiceOutcome(new RecordCommunityServiceOutcomeCommand(serving.Id, false, new DateOnly(2025, 6, 1)));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.ReadyForDecision, serving.Status);
        Assert.Null(serving.Decision);
        Assert.Null(serving.EnforceableOn);
    }

    [Fact]
    public async Task CommunityServiceOutcome_OnAFine_INVALID_STATE_AndNothingChanges()
    {
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine());
        var before = harness.Snapshot(fined);

        var result = await ServiceOutcome(new RecordCommunityServiceOutcomeCommand(fined.Id, true, new DateOnly(2025, 6, 1)));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(fined));
    }

    private async Task<Result> Mediation(RecordMediationOutcomeCommand command) =>
        await new RecordMediationOutcomeHandler(harness.Services).Handle(command, CancellationToken.None);

    private async Task<Result> ServiceOutcome(RecordCommunityServiceOutcomeCommand command) =>
        await new RecordCommunityServiceOutcomeHandler(harness.Services).Handle(command, CancellationToken.None);
}
