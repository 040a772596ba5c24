using Sac.Application.Cases.Steps;
using Sac.Application.Documents;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Procedure;

/// <summary>The common flow every step goes through: 404 for an unknown case, 403 outside the user's municipalities, 409 on a stale page.</summary>
public sealed class CaseStepHandlerTests
{
    private static readonly DateOnly Day = new(2025, 3, 20);

    private readonly ProcedureHarness harness = new("2025-03-20T12:00:00+01:00");

    public static TheoryData<string> Steps =>
    [
        "RecordPostedLetter", "Decide", "RegisterAppeal", "RecordAppealOutcome", "RequestLawyer", "RecordMediationOutcome", "OfferCommunityService",
        "RecordCommunityServiceOutcome", "ReportToProsecutor", "RecordProsecutorAnswer", "RegisterPayment", "HandOverToCollection", "RegisterDefence",
        "ScheduleHearing", "RecordHearing",
    ];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task UnknownCase_NotFound(string step)
    {
        var result = await Run(step, Guid.NewGuid(), null);

        var error = Assert.Single(result.Errors);
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Empty(harness.Documents.Stored);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task CaseOfAnotherMunicipality_Forbidden_AndNothingChanges(string step)
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);
        harness.User = FakeCurrentUser.Outsider();

        var result = await Run(step, litter.Id, 1);

        var error = Assert.Single(result.Errors);
        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(ErrorKind.Forbidden, error.Kind);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task StaleVersion_STALE_VERSION_AndNothingChanges(string step)
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Run(step, litter.Id, 0);

        var error = Assert.Single(result.Errors);
        Assert.Equal("STALE_VERSION", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task AStepThatWouldSucceed_WithAStaleVersion_DoesNotHappen()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await Run("RegisterDefence", litter.Id, 1);

        Assert.Equal("STALE_VERSION", Assert.Single(result.Errors).Code);
        Assert.Empty(litter.Defences);
        Assert.True((await Run("RegisterDefence", litter.Id, 2)).IsSuccess);
    }

    private async Task<Result> Run(string step, Guid caseId, int? version)
    {
        var s = harness.Services;
        var ct = CancellationToken.None;
        return step switch
        {
            "RecordPostedLetter" => await new RecordPostedLetterHandler(s, harness.PostedLetters).Handle(
                new RecordPostedLetterCommand(caseId, DocumentKind.Notice, Day, NotificationChannel.RegisteredMail, version), ct),
            "Decide" => await new DecideHandler(s).Handle(new DecideCommand(caseId, Day, DecisionKind.NoSanction, null, null, "Geen.", null, version), ct),
            "RegisterAppeal" => await new RegisterAppealHandler(s).Handle(new RegisterAppealCommand(caseId, Day, version), ct),
            "RecordAppealOutcome" => await new RecordAppealOutcomeHandler(s, harness.Letters).Handle(
                new RecordAppealOutcomeCommand(caseId, AppealOutcome.Confirmed, Day, null, null, version), ct),
            "RequestLawyer" => await new RequestLawyerHandler(s).Handle(new RequestLawyerCommand(caseId, Day, null, version), ct),
            "RecordMediationOutcome" => await new RecordMediationOutcomeHandler(s).Handle(
                new RecordMediationOutcomeCommand(caseId, MediationOutcome.Succeeded, Day, version), ct),
            "OfferCommunityService" => await new OfferCommunityServiceHandler(s).Handle(new OfferCommunityServiceCommand(caseId, Day, version), ct),
            "RecordCommunityServiceOutcome" => await new RecordCommunityServiceOutcomeHandler(s).Handle(
                new RecordCommunityServiceOutcomeCommand(caseId, true, Day, version), ct),
            "ReportToProsecutor" => await new ReportToProsecutorHandler(s).Handle(new ReportToProsecutorCommand(caseId, Day, version), ct),
            "RecordProsecutorAnswer" => await new RecordProsecutorAnswerHandler(s).Handle(
                new RecordProsecutorAnswerCommand(caseId, ProsecutorAnswer.Prosecutes, Day, version), ct),
            "RegisterPayment" => await new RegisterPaymentHandler(s).Handle(new RegisterPaymentCommand(caseId, Day, 10m, null, version), ct),
            "HandOverToCollection" => await new HandOverToCollectionHandler(s).Handle(new HandOverToCollectionCommand(caseId, Day, version), ct),
            "RegisterDefence" => await new RegisterDefenceHandler(s, harness.Documents).Handle(
                new RegisterDefenceCommand(caseId, Day, "Verweer.", [new UploadedFile("a.pdf", "application/pdf", SampleFiles.Pdf())], version), ct),
            "ScheduleHearing" => await new ScheduleHearingHandler(s).Handle(
                new ScheduleHearingCommand(caseId, TestClock.Instant("2025-03-25T10:00:00+01:00"), "Stadhuis", version), ct),
            "RecordHearing" => await new RecordHearingHandler(s).Handle(new RecordHearingCommand(caseId, Day, true, null, version), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };
    }
}
