using System.Security.Cryptography;
using System.Text;
using Sac.Application.Cases.Steps;
using Sac.Application.Documents;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Steps;

/// <summary>Posting a letter of the procedure is the step: the notice, the parents' letter, the mediation offer, the decision.</summary>
public sealed class RecordPostedLetterHandlerTests
{
    private static readonly DateOnly March10 = new(2025, 3, 10);

    private readonly ProcedureHarness harness = new();

    [Fact]
    public async Task Notice_SendsItAndStoresOnePostedNoticeLetter()
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, March10, NotificationChannel.RegisteredMail, ExpectedVersion: 1));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.NoticeSent, litter.Status);
        Assert.Equal(2, litter.Version);
        Assert.Equal(March10, litter.NoticeSentOn);
        Assert.Equal(NotificationChannel.RegisteredMail, litter.NoticeChannel);
        Assert.Equal(new DateOnly(2025, 3, 28), litter.Deadlines.Defence);
        var sent = litter.Timeline[^1];
        Assert.Equal(CaseEvent.NoticeSent, sent.Type);
        Assert.Equal("official@demo.sac", sent.By);
        Assert.Equal(harness.Clock.GetUtcNow(), sent.At);

        var letter = Assert.Single(harness.Documents.Stored);
        Assert.Equal(DocumentKind.Notice, letter.Kind);
        Assert.Equal(litter.Id, letter.CaseId);
        Assert.Equal(litter.Number, letter.CaseNumber);
        Assert.Equal(DemoMunicipalities.GentNis, letter.MunicipalityNis);
        Assert.Equal("nl", letter.Language);
        Assert.Equal("application/pdf", letter.ContentType);
        Assert.Equal(March10, letter.PostedOn);
        Assert.Equal("official@demo.sac", letter.PostedBy);
        Assert.False(letter.AwaitsPosting);
        var rendered = Encoding.UTF8.GetBytes("Notice 44021-2025-000001 nl");
        Assert.Equal(rendered, letter.Content);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(rendered)), letter.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", letter.Sha256);
    }

    [Fact]
    public async Task Notice_PostedEarlierThanToday_DatesTheStepAndTheLetterAsPosted()
    {
        harness.SetNow("2025-03-20T09:00:00+01:00");
        var litter = harness.Store(TestCases.Gent());

        await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, March10, NotificationChannel.RegisteredMail));

        Assert.Equal(March10, litter.NoticeSentOn);
        Assert.Equal(new DateOnly(2025, 3, 28), litter.Deadlines.Defence);
        Assert.Equal(March10, Assert.Single(harness.Documents.Stored).PostedOn);
    }

    [Fact]
    public async Task Notice_SecondTime_INVALID_STATE_AndNoSecondLetter()
    {
        var litter = harness.Store(TestCases.Gent());
        await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, March10, NotificationChannel.RegisteredMail));
        var before = harness.Snapshot(litter);

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, new DateOnly(2025, 3, 11), NotificationChannel.RegisteredMail));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
        Assert.Single(harness.Documents.Stored);
        Assert.Equal(March10, litter.NoticeSentOn);
    }

    [Fact]
    public async Task Notice_ByOrdinaryMail_REGISTERED_MAIL_REQUIRED_AndNothingChanges()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, March10, NotificationChannel.OrdinaryMail));

        var error = Assert.Single(result.Errors);
        Assert.Equal("REGISTERED_MAIL_REQUIRED", error.Code);
        Assert.Equal("channel", error.Field);
        Assert.Equal(before, harness.Snapshot(litter));
        Assert.Null(litter.NoticeSentOn);
    }

    [Fact]
    public async Task Notice_ToAnUnknownCarHolder_NOT_SANCTIONABLE_AndNoLetter()
    {
        var parked = harness.Store(TestCases.Gent("PARK-PROHIBITED", TestCases.Car()));
        var before = harness.Snapshot(parked);

        var result = await Handle(new RecordPostedLetterCommand(parked.Id, DocumentKind.Notice, March10, NotificationChannel.RegisteredMail));

        Assert.Equal("NOT_SANCTIONABLE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(parked));
    }

    [Fact]
    public async Task Notice_DatedBeforeTheFinding_BEFORE_FINDING_On_sentAt()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, new DateOnly(2025, 2, 28), NotificationChannel.RegisteredMail));

        var error = Assert.Single(result.Errors);
        Assert.Equal("BEFORE_FINDING", error.Code);
        Assert.Equal("sentAt", error.Field);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task Notice_PreparedInThePostTray_IsTheLetterMarkedPosted_NoSecondLetter()
    {
        var litter = harness.Store(TestCases.Gent());
        var prepared = (await new PrepareLetterHandler(harness.Loader, harness.Letters, harness.User, harness.Clock)
            .Handle(new PrepareLetterCommand(litter.Id, DocumentKind.Notice), CancellationToken.None)).Value;

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, March10, NotificationChannel.RegisteredMail));

        Assert.True(result.IsSuccess);
        var letter = Assert.Single(harness.Documents.Stored);
        Assert.Equal(prepared, letter.Id);
        Assert.Equal(March10, letter.PostedOn);
        Assert.Single(harness.Renderer.Rendered);
    }

    [Fact]
    public async Task Notice_StaleVersion_STALE_VERSION_AndNoLetter()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, March10, NotificationChannel.RegisteredMail, ExpectedVersion: 2));

        Assert.Equal("STALE_VERSION", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task ParentsInformation_ForAMinor_InformsTheParentsWithALetterToThem()
    {
        var minor = harness.Store(TestCases.Gent(offender: TestCases.MinorLotte()));

        var result = await Handle(new RecordPostedLetterCommand(minor.Id, DocumentKind.ParentsInformation, March10, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.ParentsInformed, minor.Status);
        Assert.Equal(March10, minor.ParentsInformedOn);
        var letter = Assert.Single(harness.Documents.Stored);
        Assert.Equal(DocumentKind.ParentsInformation, letter.Kind);
        Assert.Equal(March10, letter.PostedOn);
        var content = Assert.Single(harness.Renderer.Rendered);
        Assert.Equal(DocumentKind.ParentsInformation, content.Kind);
        Assert.True(content.Recipient.IsMinor);
        Assert.Equal("Janssens Lotte", content.Recipient.Name);
        Assert.Equal(AppealCourt.YouthCourt, content.Terms.AppealCourt);
    }

    [Fact]
    public async Task ParentsInformation_ForAnAdult_MINORS_ONLY_AndNoLetter()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.ParentsInformation, March10, null));

        Assert.Equal("MINORS_ONLY", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task MediationOffer_ToAnAdultWhereGentOffersIt_OffersItAndExtendsTheDecisionLimitTo12Months()
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.MediationOffer, March10, null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.MediationOffered, litter.Status);
        Assert.Equal(March10, litter.MediationOfferedOn);
        Assert.Equal(new DateOnly(2026, 3, 1), litter.Deadlines.Decision);
        Assert.Equal(DocumentKind.MediationOffer, Assert.Single(harness.Documents.Stored).Kind);
    }

    [Fact]
    public async Task MediationOffer_OnAParkingFine_MEDIATION_NOT_OFFERED_AndNoLetter()
    {
        var parked = harness.Store(TestCases.Gent("PARK-PROHIBITED"));
        var before = harness.Snapshot(parked);

        var result = await Handle(new RecordPostedLetterCommand(parked.Id, DocumentKind.MediationOffer, March10, null));

        Assert.Equal("MEDIATION_NOT_OFFERED", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(parked));
    }

    [Fact]
    public async Task Decision_Notified_StartsTheAppealPeriodAndStoresThePostedDecisionLetter()
    {
        var fined = harness.Store(TestCases.Gent().WithFine(200m));
        harness.SetNow("2025-04-11T12:00:00+02:00");

        var result = await Handle(new RecordPostedLetterCommand(fined.Id, DocumentKind.Decision, new DateOnly(2025, 4, 11), NotificationChannel.RegisteredMail));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.DecisionNotified, fined.Status);
        Assert.Equal(new DateOnly(2025, 4, 11), fined.DecisionNotifiedOn);
        Assert.Equal(new DateOnly(2025, 5, 16), fined.Deadlines.Appeal);
        var letter = Assert.Single(harness.Documents.Stored);
        Assert.Equal(DocumentKind.Decision, letter.Kind);
        Assert.Equal(new DateOnly(2025, 4, 11), letter.PostedOn);
        var decision = Assert.Single(harness.Renderer.Rendered).Decision;
        Assert.NotNull(decision);
        Assert.Equal(200m, decision.Amount);
        Assert.Equal(new DateOnly(2025, 4, 10), decision.DecidedOn);
        Assert.Empty(harness.Register.Entries);
    }

    [Fact]
    public async Task Decision_PostedBeforeItWasTaken_BEFORE_DECISION_On_sentAt_AndNoLetter()
    {
        var fined = harness.Store(TestCases.Gent().WithFine(200m));
        var before = harness.Snapshot(fined);

        var result = await Handle(new RecordPostedLetterCommand(fined.Id, DocumentKind.Decision, new DateOnly(2025, 4, 9), NotificationChannel.RegisteredMail));

        var error = Assert.Single(result.Errors);
        Assert.Equal("BEFORE_DECISION", error.Code);
        Assert.Equal("sentAt", error.Field);
        Assert.Equal(before, harness.Snapshot(fined));
    }

    [Fact]
    public async Task Decision_OnAParkingFine_MayGoByOrdinaryMail()
    {
        var parked = harness.Store(TestCases.Gent("PARK-PROHIBITED").WithNotice().WithFine(58m, "2025-05-02"));

        var result = await Handle(new RecordPostedLetterCommand(parked.Id, DocumentKind.Decision, new DateOnly(2025, 5, 5), NotificationChannel.OrdinaryMail));

        Assert.True(result.IsSuccess);
        Assert.Equal(NotificationChannel.OrdinaryMail, parked.DecisionChannel);
    }

    [Fact]
    public async Task OfficialOfAnotherMunicipality_Forbidden_AndNoLetter()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Handle(new RecordPostedLetterCommand(litter.Id, DocumentKind.Notice, March10, NotificationChannel.RegisteredMail), FakeCurrentUser.Outsider());

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    private async Task<Result> Handle(RecordPostedLetterCommand command, FakeCurrentUser? user = null)
    {
        harness.User = user ?? FakeCurrentUser.Official();
        return await new RecordPostedLetterHandler(harness.Services, harness.PostedLetters).Handle(command, CancellationToken.None);
    }
}
