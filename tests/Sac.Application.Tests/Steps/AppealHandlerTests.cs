using Sac.Application.Cases.Steps;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Steps;

public sealed class AppealHandlerTests
{
    private static readonly DateOnly FiledOn = new(2025, 4, 20);
    private static readonly DateOnly JudgedOn = new(2025, 6, 2);

    private readonly ProcedureHarness harness = new("2025-06-03T10:00:00+02:00");

    [Fact]
    public async Task RegisterAppeal_AdultAgainstANotifiedFine_GoesToThePoliceCourt()
    {
        var fined = harness.Store(TestCases.Gent().WithFine().WithDecisionNotified());

        var result = await new RegisterAppealHandler(harness.Services).Handle(new RegisterAppealCommand(fined.Id, FiledOn, ExpectedVersion: 4), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Appealed, fined.Status);
        Assert.Equal(5, fined.Version);
        Assert.Equal(new Appeal(FiledOn, AppealCourt.PoliceCourt), fined.Appeal);
        Assert.Equal(CaseEvent.AppealFiled, fined.Timeline[^1].Type);
    }

    [Fact]
    public async Task RegisterAppeal_MinorAtTheFacts_GoesToTheYouthCourt()
    {
        var minor = harness.Store(TestCases.Gent(offender: TestCases.MinorLotte()).WithMediationOffered());
        minor.RecordMediationOutcome(MediationOutcome.Refused, new DateOnly(2025, 3, 20), TestProcedure.At("2025-03-20"), TestProcedure.By);
        minor.WithFine(100m).WithDecisionNotified();

        var result = await new RegisterAppealHandler(harness.Services).Handle(new RegisterAppealCommand(minor.Id, FiledOn), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(AppealCourt.YouthCourt, minor.Appeal!.Court);
    }

    [Fact]
    public async Task RegisterAppeal_BeforeTheDecisionWasNotified_INVALID_STATE_AndNothingChanges()
    {
        var fined = harness.Store(TestCases.Gent().WithFine());
        var before = harness.Snapshot(fined);

        var result = await new RegisterAppealHandler(harness.Services).Handle(new RegisterAppealCommand(fined.Id, FiledOn), CancellationToken.None);

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(fined));
        Assert.Null(fined.Appeal);
    }

    [Fact]
    public async Task Outcome_Confirmed_FineBecomesEnforceable_RegisterLineAndPaymentInvitation()
    {
        var appealed = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified().WithAppeal());

        var result = await Outcome(new RecordAppealOutcomeCommand(appealed.Id, AppealOutcome.Confirmed, JudgedOn, null, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Enforceable, appealed.Status);
        Assert.Equal(JudgedOn, appealed.EnforceableOn);
        Assert.Equal(new DateOnly(2025, 7, 2), appealed.Deadlines.Payment);
        Assert.Equal(200m, appealed.AmountDue);
        Assert.Equal([CaseEvent.AppealDecided, CaseEvent.BecameEnforceable], appealed.Timeline.TakeLast(2).Select(e => e.Type));

        var entry = Assert.Single(harness.Register.Entries);
        Assert.Equal(appealed.Id, entry.CaseId);
        Assert.Equal(SanctionKind.Fine, entry.Kind);
        Assert.Equal(200m, entry.Amount);
        Assert.Equal(new DateOnly(2025, 4, 10), entry.DecidedOn);
        Assert.True(entry.Final);
        Assert.Equal("NRN:88022999990", entry.OffenderKey);

        var invitation = Assert.Single(harness.Documents.Stored);
        Assert.Equal(DocumentKind.PaymentInvitation, invitation.Kind);
        Assert.True(invitation.AwaitsPosting);
        Assert.Equal("official@demo.sac", invitation.CreatedBy);
        var payment = Assert.Single(harness.Renderer.Rendered).Payment;
        Assert.NotNull(payment);
        Assert.Equal(200m, payment.AmountDue);
        Assert.Equal(new DateOnly(2025, 7, 2), payment.PayBy);
    }

    [Fact]
    public async Task Outcome_Reduced_TheReducedFineIsOwedAndRegistered()
    {
        var appealed = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified().WithAppeal());

        var result = await Outcome(new RecordAppealOutcomeCommand(appealed.Id, AppealOutcome.Reduced, JudgedOn, 120m, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(120m, appealed.AmountDue);
        Assert.Equal(120m, Assert.Single(harness.Register.Entries).Amount);
        Assert.Equal(120m, Assert.Single(harness.Renderer.Rendered).Payment!.AmountDue);
    }

    [Fact]
    public async Task Outcome_Annulled_ClosesTheCaseWithoutRegisterLineOrLetter()
    {
        var appealed = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified().WithAppeal());

        var result = await Outcome(new RecordAppealOutcomeCommand(appealed.Id, AppealOutcome.Annulled, JudgedOn, null, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, appealed.Status);
        Assert.Equal(CloseReason.Annulled, appealed.CloseReason);
        Assert.Empty(harness.Register.Entries);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task Outcome_CommunityServiceConfirmed_IsRegisteredButOwesNoPaymentLetter()
    {
        var appealed = harness.Store(TestCases.Gent().WithCommunityService(10).WithDecisionNotified().WithAppeal());

        var result = await Outcome(new RecordAppealOutcomeCommand(appealed.Id, AppealOutcome.Confirmed, JudgedOn, null, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Enforceable, appealed.Status);
        Assert.Equal(SanctionKind.CommunityService, Assert.Single(harness.Register.Entries).Kind);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task Outcome_ReductionNotBelowTheFine_REDUCTION_INVALID_On_reducedAmount_AndNothingChanges()
    {
        var appealed = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified().WithAppeal());
        var before = harness.Snapshot(appealed);

        var result = await Outcome(new RecordAppealOutcomeCommand(appealed.Id, AppealOutcome.Reduced, JudgedOn, 200m, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal("REDUCTION_INVALID", error.Code);
        Assert.Equal("reducedAmount", error.Field);
        Assert.Equal(before, harness.Snapshot(appealed));
        Assert.Null(appealed.Appeal!.Outcome);
        Assert.Equal(200m, appealed.Decision!.Amount);
    }

    [Fact]
    public async Task Outcome_WithoutAppeal_INVALID_STATE_AndNothingChanges()
    {
        var notified = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified());
        var before = harness.Snapshot(notified);

        var result = await Outcome(new RecordAppealOutcomeCommand(notified.Id, AppealOutcome.Confirmed, JudgedOn, null, null));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(notified));
    }

    private async Task<Result> Outcome(RecordAppealOutcomeCommand command) =>
        await new RecordAppealOutcomeHandler(harness.Services, harness.Letters).Handle(command, CancellationToken.None);
}
