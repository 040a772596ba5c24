using Sac.Application.Deadlines;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Documents;
using Sac.Domain.Register;

namespace Sac.Application.Tests.Deadlines;

/// <summary>
/// The deadline job on the demo fine of 200 notified on 11 April 2025: the appeal window ends on 16 May, the fine is
/// enforceable on 17 May and owed by 16 June; a reminder then gives until 22 July (20 July is a Sunday, 21 July a holiday).
/// </summary>
public sealed class ApplyDueDeadlinesHandlerTests
{
    private readonly ProcedureHarness harness = new();

    [Fact]
    public async Task AppealWindowEnded_FineBecomesEnforceable_OneRegisterLineAndAPaymentInvitation()
    {
        var notified = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified());
        harness.SetNow("2025-05-20T06:00:00+02:00");

        var result = await Handle(notified.Id);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Enforceable, notified.Status);
        Assert.Equal(new DateOnly(2025, 5, 17), notified.EnforceableOn);
        Assert.Equal(new DateOnly(2025, 6, 16), notified.Deadlines.Payment);
        var becameEnforceable = notified.Timeline[^1];
        Assert.Equal(CaseEvent.BecameEnforceable, becameEnforceable.Type);
        Assert.Equal("Sac", becameEnforceable.By);

        var entry = Assert.Single(harness.Register.Entries);
        Assert.Equal(notified.Id, entry.CaseId);
        Assert.Equal(SanctionKind.Fine, entry.Kind);
        Assert.Equal(200m, entry.Amount);

        var invitation = Assert.Single(harness.Documents.Stored);
        Assert.Equal(DocumentKind.PaymentInvitation, invitation.Kind);
        Assert.True(invitation.AwaitsPosting);
        Assert.Equal("Sac", invitation.CreatedBy);
        var content = Assert.Single(harness.Renderer.Rendered);
        Assert.Equal(new DateOnly(2025, 5, 20), content.LetterDate);
        Assert.Equal(new DateOnly(2025, 6, 16), content.Payment!.PayBy);
        Assert.Equal(200m, content.Payment.Outstanding);
    }

    [Fact]
    public async Task OneCatchUpThatDidBoth_OwesTheInvitationAndTheReminder()
    {
        var notified = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified());
        harness.SetNow("2025-06-20T06:00:00+02:00");

        await Handle(notified.Id);

        Assert.Equal(CaseStatus.PaymentReminded, notified.Status);
        Assert.Equal(new DateOnly(2025, 6, 20), notified.RemindedOn);
        Assert.Equal(new DateOnly(2025, 7, 22), notified.Deadlines.Payment);
        Assert.Equal([DocumentKind.PaymentInvitation, DocumentKind.PaymentReminder], harness.Documents.Stored.Select(d => d.Kind));
        Assert.All(harness.Documents.Stored, d => Assert.True(d.AwaitsPosting));
        Assert.Single(harness.Register.Entries);
    }

    [Fact]
    public async Task PaymentTermEnded_OnlyTheReminder()
    {
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine(200m));
        harness.SetNow("2025-06-17T06:00:00+02:00");

        await Handle(fined.Id);

        Assert.Equal(CaseStatus.PaymentReminded, fined.Status);
        var reminder = Assert.Single(harness.Documents.Stored);
        Assert.Equal(DocumentKind.PaymentReminder, reminder.Kind);
        Assert.Equal(new DateOnly(2025, 7, 17), Assert.Single(harness.Renderer.Rendered).Payment!.PayBy);
        Assert.Empty(harness.Register.Entries);
    }

    [Fact]
    public async Task RunTwice_TheSecondRunChangesNothing()
    {
        var notified = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified());
        harness.SetNow("2025-06-20T06:00:00+02:00");
        await Handle(notified.Id);
        var after = harness.Snapshot(notified);

        harness.SetNow("2025-06-20T18:00:00+02:00");
        var again = await Handle(notified.Id);

        Assert.True(again.IsSuccess);
        Assert.Equal(after, harness.Snapshot(notified));
        Assert.Equal(2, harness.Documents.Stored.Count);
        Assert.Single(harness.Register.Entries);
    }

    [Fact]
    public async Task NothingDue_SuccessAndNothingChanges()
    {
        var notified = harness.Store(TestCases.Gent().WithFine(200m).WithDecisionNotified());
        harness.SetNow("2025-05-16T23:00:00+02:00");
        var before = harness.Snapshot(notified);

        var result = await Handle(notified.Id);

        Assert.True(result.IsSuccess);
        Assert.Equal(before, harness.Snapshot(notified));
    }

    [Fact]
    public async Task UnknownCase_SuccessAndNothingHappens()
    {
        var result = await Handle(Guid.NewGuid());

        Assert.True(result.IsSuccess);
        Assert.Empty(harness.Documents.Stored);
        Assert.Empty(harness.Register.Entries);
    }

    [Fact]
    public async Task CommunityServiceBecomingFinal_IsRegisteredButOwesNoPaymentLetter()
    {
        var notified = harness.Store(TestCases.Gent().WithCommunityService(10).WithDecisionNotified());
        harness.SetNow("2025-05-20T06:00:00+02:00");

        await Handle(notified.Id);

        Assert.Equal(CaseStatus.Enforceable, notified.Status);
        Assert.Equal(SanctionKind.CommunityService, Assert.Single(harness.Register.Entries).Kind);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task DefencePeriodEnded_ReadyForDecision_NoLetter()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        harness.SetNow("2025-03-29T06:00:00+01:00");

        await Handle(litter.Id);

        Assert.Equal(CaseStatus.ReadyForDecision, litter.Status);
        Assert.Equal(CaseEvent.DefencePeriodEnded, litter.Timeline[^1].Type);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task UndecidedAfterTheDecisionLimit_ClosedTimeBarred()
    {
        var litter = harness.Store(TestCases.Gent());
        harness.SetNow("2025-09-02T06:00:00+02:00");

        await Handle(litter.Id);

        Assert.Equal(CaseStatus.Closed, litter.Status);
        Assert.Equal(CloseReason.TimeBarred, litter.CloseReason);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task CaseOfAMunicipalityTheUserDoesNotWorkFor_IsAppliedAll_the_same()
    {
        var antwerp = harness.Store(TestCases.Open(DemoMunicipalities.Antwerpen(), "LITTER", TestCases.FactsAt).WithFine(200m).WithDecisionNotified());
        harness.SetNow("2025-05-20T06:00:00+02:00");

        var result = await Handle(antwerp.Id);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Enforceable, antwerp.Status);
        Assert.Single(harness.Documents.Stored);
    }

    private async Task<Sac.Domain.Common.Result> Handle(Guid caseId) =>
        await new ApplyDueDeadlinesHandler(harness.Loader, harness.Register, harness.Letters, harness.Clock)
            .Handle(new ApplyDueDeadlinesCommand(caseId), CancellationToken.None);
}
