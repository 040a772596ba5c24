using System.Security.Cryptography;
using Sac.Application.Cases.Steps;
using Sac.Application.Documents;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Steps;

/// <summary>The written defence with its attachments, and the oral hearing.</summary>
public sealed class DefenceHandlerTests
{
    private static readonly DateOnly March20 = new(2025, 3, 20);

    private readonly ProcedureHarness harness = new("2025-03-20T12:00:00+01:00");

    [Fact]
    public async Task Defence_WithinThePeriod_IsKeptWithItsAttachments()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var photo = SampleFiles.Jpeg(4);

        var result = await Defend(new RegisterDefenceCommand(
            litter.Id, March20, "  Het blikje was niet van mij.  ", [new UploadedFile("../../foto.jpg", "image/jpeg", photo)], ExpectedVersion: 2));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.NoticeSent, litter.Status);
        Assert.Equal(3, litter.Version);
        Assert.Equal(new WrittenDefence(March20, "Het blikje was niet van mij.", "official@demo.sac"), Assert.Single(litter.Defences));
        Assert.Equal("2025-03-20", litter.Timeline[^1].Detail);

        var attachment = Assert.Single(harness.Documents.Stored);
        Assert.Equal(DocumentKind.DefenceAttachment, attachment.Kind);
        Assert.Equal("foto.jpg", attachment.FileName);
        Assert.Equal("image/jpeg", attachment.ContentType);
        Assert.Null(attachment.Language);
        Assert.Equal(photo, attachment.Content);
        Assert.Equal(4, attachment.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), attachment.Sha256);
        Assert.False(attachment.AwaitsPosting);
        Assert.Empty(harness.Renderer.Rendered);
    }

    [Fact]
    public async Task Defence_AfterThePeriod_IsStillKept_MarkedLate()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await Defend(new RegisterDefenceCommand(litter.Id, new DateOnly(2025, 3, 31), "Te laat, maar toch."));

        Assert.True(result.IsSuccess);
        Assert.Equal("2025-03-31 (late)", litter.Timeline[^1].Detail);
    }

    [Fact]
    public async Task Defence_BeforeAnyNotice_INVALID_STATE_AndItsAttachmentsAreNotKept()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = harness.Snapshot(litter);

        var result = await Defend(new RegisterDefenceCommand(litter.Id, March20, "Verweer.", [new UploadedFile("foto.jpg", "image/jpeg", SampleFiles.Jpeg())]));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
        Assert.Empty(litter.Defences);
    }

    [Fact]
    public async Task Defence_DatedBeforeTheNotice_BEFORE_NOTICE_On_receivedOn()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var before = harness.Snapshot(litter);

        var result = await Defend(new RegisterDefenceCommand(litter.Id, new DateOnly(2025, 3, 9), "Verweer.", [new UploadedFile("foto.jpg", "image/jpeg", SampleFiles.Jpeg())]));

        var error = Assert.Single(result.Errors);
        Assert.Equal("BEFORE_NOTICE", error.Code);
        Assert.Equal("receivedOn", error.Field);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    [Fact]
    public async Task ScheduleHearing_WhereTheFineMayExceed70_PlansIt()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var at = TestClock.Instant("2025-03-25T10:00:00+01:00");

        var result = await new ScheduleHearingHandler(harness.Services).Handle(new ScheduleHearingCommand(litter.Id, at, " Stadhuis, zaal 2 "), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.HearingScheduled, litter.Status);
        Assert.Equal(new Hearing(at, "Stadhuis, zaal 2"), litter.Hearing);
    }

    [Fact]
    public async Task ScheduleHearing_Again_MovesItWithoutChangingTheStatus()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice().WithHearingScheduled());
        var later = TestClock.Instant("2025-03-27T14:00:00+01:00");

        var result = await new ScheduleHearingHandler(harness.Services).Handle(new ScheduleHearingCommand(litter.Id, later, "Stadhuis"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.HearingScheduled, litter.Status);
        Assert.Equal(later, litter.Hearing!.ScheduledAt);
        Assert.Equal(4, litter.Version);
    }

    [Fact]
    public async Task ScheduleHearing_OnAFixedParkingFineOf58_NO_RIGHT_TO_HEARING_AndNothingChanges()
    {
        var parked = harness.Store(TestCases.Gent("PARK-PROHIBITED").WithNotice());
        var before = harness.Snapshot(parked);

        var result = await new ScheduleHearingHandler(harness.Services).Handle(
            new ScheduleHearingCommand(parked.Id, TestClock.Instant("2025-03-25T10:00:00+01:00"), "Stadhuis"), CancellationToken.None);

        Assert.Equal("NO_RIGHT_TO_HEARING", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(parked));
        Assert.Null(parked.Hearing);
    }

    [Fact]
    public async Task RecordHearing_Held_TheCaseIsReadyForDecision()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice().WithHearingScheduled());

        var result = await new RecordHearingHandler(harness.Services).Handle(
            new RecordHearingCommand(litter.Id, new DateOnly(2025, 3, 25), false, null), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.ReadyForDecision, litter.Status);
        Assert.Equal(new DateOnly(2025, 3, 25), litter.Hearing!.HeldOn);
        Assert.False(litter.Hearing.Attended);
        Assert.Equal("2025-03-25 (absent)", litter.Timeline[^1].Detail);
    }

    [Fact]
    public async Task RecordHearing_NonePlanned_INVALID_STATE_AndNothingChanges()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var before = harness.Snapshot(litter);

        var result = await new RecordHearingHandler(harness.Services).Handle(
            new RecordHearingCommand(litter.Id, new DateOnly(2025, 3, 25), true, "Notulen."), CancellationToken.None);

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(before, harness.Snapshot(litter));
    }

    private async Task<Result> Defend(RegisterDefenceCommand command) =>
        await new RegisterDefenceHandler(harness.Services, harness.Documents).Handle(command, CancellationToken.None);
}
