using Sac.Application.Documents;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Documents;

/// <summary>The post tray: marking a printed letter as posted is the step for the procedure's letters, only a stamp for the payment letters.</summary>
public sealed class MarkLetterPostedHandlerTests
{
    private static readonly DateOnly March11 = new(2025, 3, 11);

    private readonly ProcedureHarness harness = new();

    [Fact]
    public async Task PreparedNotice_MarkedPosted_SendsTheNoticeOnThatDay_WithThatOneLetter()
    {
        var litter = harness.Store(TestCases.Gent());
        var prepared = await PrepareAsync(litter, DocumentKind.Notice);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, March11, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.NoticeSent, litter.Status);
        Assert.Equal(March11, litter.NoticeSentOn);
        Assert.Equal(NotificationChannel.RegisteredMail, litter.NoticeChannel);
        Assert.Equal(new DateOnly(2025, 3, 31), litter.Deadlines.Defence);
        var letter = Assert.Single(harness.Documents.Stored);
        Assert.Same(prepared, letter);
        Assert.Equal(March11, letter.PostedOn);
        Assert.Equal("official@demo.sac", letter.PostedBy);
        Assert.Single(harness.Renderer.Rendered);
        Assert.Empty(await harness.Documents.ListPostTrayAsync([DemoMunicipalities.GentNis], CancellationToken.None));
    }

    [Fact]
    public async Task PreparedDecision_MarkedPosted_NotifiesTheDecision()
    {
        var fined = harness.Store(TestCases.Gent().WithFine());
        var prepared = await PrepareAsync(fined, DocumentKind.Decision);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, new DateOnly(2025, 4, 11), NotificationChannel.RegisteredMail));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.DecisionNotified, fined.Status);
        Assert.Equal(new DateOnly(2025, 5, 16), fined.Deadlines.Appeal);
        Assert.Equal(new DateOnly(2025, 4, 11), Assert.Single(harness.Documents.Stored).PostedOn);
    }

    [Fact]
    public async Task PreparedParentsLetter_MarkedPosted_InformsTheParents()
    {
        var minor = harness.Store(TestCases.Gent(offender: TestCases.MinorLotte()));
        var prepared = await PrepareAsync(minor, DocumentKind.ParentsInformation);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, March11, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(March11, minor.ParentsInformedOn);
        Assert.Equal(March11, prepared.PostedOn);
    }

    [Fact]
    public async Task PreparedMediationOffer_MarkedPosted_OffersMediation()
    {
        var litter = harness.Store(TestCases.Gent());
        var prepared = await PrepareAsync(litter, DocumentKind.MediationOffer);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, March11, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.MediationOffered, litter.Status);
        Assert.Equal(March11, litter.MediationOfferedOn);
        Assert.Equal(March11, prepared.PostedOn);
    }

    [Fact]
    public async Task PaymentReminder_MarkedPosted_IsOnlyStamped_TheCaseDoesNotChange()
    {
        var reminded = harness.Store(TestCases.Gent().WithEnforceableFine().WithTimePassed("2025-06-20"));
        harness.SetNow("2025-06-20T12:00:00+02:00");
        var reminder = await PrepareAsync(reminded, DocumentKind.PaymentReminder);
        var before = harness.Snapshot(reminded);

        var result = await Handle(new MarkLetterPostedCommand(reminder.Id, new DateOnly(2025, 6, 21), null));

        Assert.True(result.IsSuccess);
        Assert.Equal(new DateOnly(2025, 6, 21), reminder.PostedOn);
        Assert.Equal("official@demo.sac", reminder.PostedBy);
        Assert.Equal(before, harness.Snapshot(reminded));
        Assert.Equal(CaseStatus.PaymentReminded, reminded.Status);
    }

    [Fact]
    public async Task PaymentInvitation_MarkedPosted_IsOnlyStamped()
    {
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine());
        var invitation = await PrepareAsync(fined, DocumentKind.PaymentInvitation);
        var before = harness.Snapshot(fined);

        var result = await Handle(new MarkLetterPostedCommand(invitation.Id, new DateOnly(2025, 5, 21), null));

        Assert.True(result.IsSuccess);
        Assert.Equal(new DateOnly(2025, 5, 21), invitation.PostedOn);
        Assert.Equal(before, harness.Snapshot(fined));
    }

    [Fact]
    public async Task SecondTime_ALREADY_POSTED_Conflict_AndTheFirstDateStays()
    {
        var litter = harness.Store(TestCases.Gent());
        var prepared = await PrepareAsync(litter, DocumentKind.Notice);
        await Handle(new MarkLetterPostedCommand(prepared.Id, March11, null));
        var before = harness.Snapshot(litter);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, new DateOnly(2025, 3, 12), null));

        var error = Assert.Single(result.Errors);
        Assert.Equal("ALREADY_POSTED", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(March11, prepared.PostedOn);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task PaymentLetterSecondTime_ALREADY_POSTED()
    {
        var fined = harness.Store(TestCases.Gent().WithEnforceableFine());
        var invitation = await PrepareAsync(fined, DocumentKind.PaymentInvitation);
        await Handle(new MarkLetterPostedCommand(invitation.Id, new DateOnly(2025, 5, 21), null));

        var result = await Handle(new MarkLetterPostedCommand(invitation.Id, new DateOnly(2025, 5, 22), null));

        Assert.Equal("ALREADY_POSTED", Assert.Single(result.Errors).Code);
        Assert.Equal(new DateOnly(2025, 5, 21), invitation.PostedOn);
    }

    [Fact]
    public async Task LetterOfAnotherMunicipality_NotFound_AndNotPosted()
    {
        var litter = harness.Store(TestCases.Gent());
        var prepared = await PrepareAsync(litter, DocumentKind.Notice);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, March11, null), FakeCurrentUser.Outsider());

        var error = Assert.Single(result.Errors);
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Null(prepared.PostedOn);
        Assert.Equal(CaseStatus.Registered, litter.Status);
    }

    [Fact]
    public async Task UnknownLetter_NotFound()
    {
        var result = await Handle(new MarkLetterPostedCommand(Guid.NewGuid(), March11, null));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task NoticeTheCaseNoLongerAllows_TheStepsRefusal_AndTheLetterStaysInTheTray()
    {
        var litter = harness.Store(TestCases.Gent());
        var prepared = await PrepareAsync(litter, DocumentKind.Notice);
        litter.WithNotice();
        var before = harness.Snapshot(litter);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, March11, null));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.True(prepared.AwaitsPosting);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task NoticeByOrdinaryMail_REGISTERED_MAIL_REQUIRED_AndTheLetterStaysInTheTray()
    {
        var litter = harness.Store(TestCases.Gent());
        var prepared = await PrepareAsync(litter, DocumentKind.Notice);

        var result = await Handle(new MarkLetterPostedCommand(prepared.Id, March11, NotificationChannel.OrdinaryMail));

        Assert.Equal("REGISTERED_MAIL_REQUIRED", Assert.Single(result.Errors).Code);
        Assert.True(prepared.AwaitsPosting);
        Assert.Equal(CaseStatus.Registered, litter.Status);
    }

    private async Task<CaseDocument> PrepareAsync(Case of, DocumentKind kind) =>
        harness.Letters.Prepare(await harness.ContextAsync(of), kind, "clerk@demo.sac");

    private async Task<Result> Handle(MarkLetterPostedCommand command, FakeCurrentUser? user = null)
    {
        harness.User = user ?? FakeCurrentUser.Official();
        return await new MarkLetterPostedHandler(harness.Documents, harness.Loader, harness.PostedLetters, harness.User, harness.Clock)
            .Handle(command, CancellationToken.None);
    }
}
