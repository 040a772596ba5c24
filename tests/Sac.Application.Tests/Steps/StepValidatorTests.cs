using Sac.Application.Cases.Steps;
using Sac.Application.Documents;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;
using static Sac.Application.Tests.Common.Validation;

namespace Sac.Application.Tests.Steps;

/// <summary>The shape of every step command; the Mediator pipeline runs these before the handlers.</summary>
public sealed class StepValidatorTests
{
    private const string Required = "NotNullValidator";
    private const string RequiredText = "NotEmptyValidator";
    private const string NotInEnum = "EnumValidator";

    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly DateOnly Day = new(2025, 4, 10);

    [Fact]
    public void RecordPostedLetter_ValidNotice_Passes() =>
        Assert.Empty(Failures(new RecordPostedLetterValidator(), new RecordPostedLetterCommand(CaseId, DocumentKind.Notice, Day, NotificationChannel.RegisteredMail)));

    [Fact]
    public void RecordPostedLetter_NoticeWithoutDateOrChannel_BothRequired() =>
        Assert.Equal(
            ["Channel:" + Required, "SentAt:" + Required],
            Failures(new RecordPostedLetterValidator(), new RecordPostedLetterCommand(CaseId, DocumentKind.Notice, null, null)));

    [Fact]
    public void RecordPostedLetter_DecisionWithoutChannel_ChannelRequired() =>
        Assert.Equal(
            ["Channel:" + Required],
            Failures(new RecordPostedLetterValidator(), new RecordPostedLetterCommand(CaseId, DocumentKind.Decision, Day, null)));

    [Theory]
    [InlineData(DocumentKind.ParentsInformation)]
    [InlineData(DocumentKind.MediationOffer)]
    public void RecordPostedLetter_LettersWithoutAChannel_NeedOnlyTheDate(DocumentKind kind) =>
        Assert.Empty(Failures(new RecordPostedLetterValidator(), new RecordPostedLetterCommand(CaseId, kind, Day, null)));

    [Fact]
    public void RecordPostedLetter_UnknownChannel_NotInEnum() =>
        Assert.Contains(
            "Channel:" + NotInEnum,
            Failures(new RecordPostedLetterValidator(), new RecordPostedLetterCommand(CaseId, DocumentKind.ParentsInformation, Day, (NotificationChannel)7)));

    [Theory]
    [InlineData(DocumentKind.PaymentInvitation)]
    [InlineData(DocumentKind.PaymentReminder)]
    [InlineData(DocumentKind.DefenceAttachment)]
    [InlineData(DocumentKind.EvidencePhoto)]
    public void RecordPostedLetter_LetterWhosePostingIsNoStep_IsRefusedOnKind(DocumentKind kind) =>
        Assert.Equal(
            ["Kind:PredicateValidator"],
            Failures(new RecordPostedLetterValidator(), new RecordPostedLetterCommand(CaseId, kind, Day, NotificationChannel.RegisteredMail)));

    [Fact]
    public void Decide_ValidFine_Passes() =>
        Assert.Empty(Failures(new DecideValidator(), Fine(200.50m)));

    [Fact]
    public void Decide_NothingGiven_DateAndKindRequired() =>
        Assert.Equal(["DecidedAt:" + Required, "Kind:" + Required], Failures(new DecideValidator(), new DecideCommand(CaseId, null, null, null, null, null, null)));

    [Fact]
    public void Decide_FineWithoutAmount_AmountRequired() =>
        Assert.Equal(["Amount:" + Required], Failures(new DecideValidator(), Fine(null)));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Decide_FineNotPositive_Refused(string amount) =>
        Assert.Equal(["Amount:GreaterThanValidator"], Failures(new DecideValidator(), Fine(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Decide_FineWithMillicents_Precision() =>
        Assert.Equal(["Amount:ScalePrecisionValidator"], Failures(new DecideValidator(), Fine(100.005m)));

    [Fact]
    public void Decide_CommunityServiceWithoutHours_HoursRequired() =>
        Assert.Equal(
            ["Hours:" + Required],
            Failures(new DecideValidator(), new DecideCommand(CaseId, Day, DecisionKind.CommunityService, null, null, null, null)));

    [Fact]
    public void Decide_NoSanctionWithoutReason_ReasonRequired() =>
        Assert.Equal(
            ["Reason:" + RequiredText],
            Failures(new DecideValidator(), new DecideCommand(CaseId, Day, DecisionKind.NoSanction, null, null, " ", null)));

    [Fact]
    public void Decide_MediationNeedsNoAmountHoursOrReason() =>
        Assert.Empty(Failures(new DecideValidator(), new DecideCommand(CaseId, Day, DecisionKind.Mediation, null, null, null, null)));

    [Fact]
    public void Decide_ReasoningOver20000Characters_TooLong() =>
        Assert.Equal(["Reasoning:MaximumLengthValidator"], Failures(new DecideValidator(), Fine(100m) with { Reasoning = new string('x', 20001) }));

    [Fact]
    public void RegisterAppeal_WithoutDate_Required() =>
        Assert.Equal(["FiledOn:" + Required], Failures(new RegisterAppealValidator(), new RegisterAppealCommand(CaseId, null)));

    [Fact]
    public void RecordAppealOutcome_NothingGiven_OutcomeAndDateRequired() =>
        Assert.Equal(
            ["JudgedOn:" + Required, "Outcome:" + Required],
            Failures(new RecordAppealOutcomeValidator(), new RecordAppealOutcomeCommand(CaseId, null, null, null, null)));

    [Fact]
    public void RecordAppealOutcome_NegativeReduction_Refused() =>
        Assert.Equal(
            ["ReducedAmount:GreaterThanValidator", "ReducedHours:GreaterThanValidator"],
            Failures(new RecordAppealOutcomeValidator(), new RecordAppealOutcomeCommand(CaseId, AppealOutcome.Reduced, Day, -1m, 0)));

    [Fact]
    public void RecordAppealOutcome_ConfirmedWithoutReduction_Passes() =>
        Assert.Empty(Failures(new RecordAppealOutcomeValidator(), new RecordAppealOutcomeCommand(CaseId, AppealOutcome.Confirmed, Day, null, null)));

    [Fact]
    public void RequestLawyer_WithoutDate_Required() =>
        Assert.Equal(["RequestedOn:" + Required], Failures(new RequestLawyerValidator(), new RequestLawyerCommand(CaseId, null, null)));

    [Fact]
    public void RecordMediationOutcome_NothingGiven_OutcomeAndDateRequired() =>
        Assert.Equal(
            ["EndedOn:" + Required, "Outcome:" + Required],
            Failures(new RecordMediationOutcomeValidator(), new RecordMediationOutcomeCommand(CaseId, null, null)));

    [Fact]
    public void RecordMediationOutcome_UnknownOutcome_NotInEnum() =>
        Assert.Equal(
            ["Outcome:" + NotInEnum],
            Failures(new RecordMediationOutcomeValidator(), new RecordMediationOutcomeCommand(CaseId, (MediationOutcome)42, Day)));

    [Fact]
    public void OfferCommunityService_WithoutDate_Required() =>
        Assert.Equal(["OfferedOn:" + Required], Failures(new OfferCommunityServiceValidator(), new OfferCommunityServiceCommand(CaseId, null)));

    [Fact]
    public void RecordCommunityServiceOutcome_NothingGiven_BothRequired() =>
        Assert.Equal(
            ["On:" + Required, "Performed:" + Required],
            Failures(new RecordCommunityServiceOutcomeValidator(), new RecordCommunityServiceOutcomeCommand(CaseId, null, null)));

    [Fact]
    public void ReportToProsecutor_WithoutDate_Required() =>
        Assert.Equal(["ReceivedOn:" + Required], Failures(new ReportToProsecutorValidator(), new ReportToProsecutorCommand(CaseId, null)));

    [Fact]
    public void RecordProsecutorAnswer_NothingGiven_BothRequired() =>
        Assert.Equal(
            ["Answer:" + Required, "AnsweredOn:" + Required],
            Failures(new RecordProsecutorAnswerValidator(), new RecordProsecutorAnswerCommand(CaseId, null, null)));

    [Fact]
    public void RegisterPayment_Valid_Passes() =>
        Assert.Empty(Failures(new RegisterPaymentValidator(), new RegisterPaymentCommand(CaseId, Day, 120m, "+++250/0000/00186+++")));

    [Fact]
    public void RegisterPayment_NothingGiven_DateAndAmountRequired() =>
        Assert.Equal(["Amount:" + Required, "PaidOn:" + Required], Failures(new RegisterPaymentValidator(), new RegisterPaymentCommand(CaseId, null, null, null)));

    [Fact]
    public void RegisterPayment_CommunicationWithWrongCheckDigits_STRUCTURED_COMMUNICATION_INVALID() =>
        Assert.Equal(
            ["Communication:STRUCTURED_COMMUNICATION_INVALID"],
            Failures(new RegisterPaymentValidator(), new RegisterPaymentCommand(CaseId, Day, 120m, "+++250/0000/00187+++")));

    [Fact]
    public void RegisterPayment_BlankCommunication_IsNoCommunication() =>
        Assert.Empty(Failures(new RegisterPaymentValidator(), new RegisterPaymentCommand(CaseId, Day, 120m, "  ")));

    [Fact]
    public void HandOverToCollection_WithoutDate_Required() =>
        Assert.Equal(["On:" + Required], Failures(new HandOverToCollectionValidator(), new HandOverToCollectionCommand(CaseId, null)));

    [Fact]
    public void RegisterDefence_NothingGiven_DateAndTextRequired() =>
        Assert.Equal(["ReceivedOn:" + Required, "Text:" + RequiredText], Failures(new RegisterDefenceValidator(), new RegisterDefenceCommand(CaseId, null, "")));

    [Fact]
    public void RegisterDefence_EmptyAttachment_IsRefusedOnTheAttachment() =>
        Assert.Equal(
            ["Attachments[0].Content:" + RequiredText, "Attachments[0].ContentType:" + RequiredText, "Attachments[0].FileName:" + RequiredText],
            Failures(new RegisterDefenceValidator(), new RegisterDefenceCommand(CaseId, Day, "Ik was het niet.", [new UploadedFile("", "", [])])));

    [Fact]
    public void RegisterDefence_AttachmentOver10MB_TOO_LARGE() =>
        Assert.Equal(
            ["Attachments[0].Content:TOO_LARGE"],
            Failures(new RegisterDefenceValidator(), new RegisterDefenceCommand(
                CaseId, Day, "Zie bijlage.", [new UploadedFile("foto.jpg", "image/jpeg", SampleFiles.Jpeg((10 * 1024 * 1024) + 1))])));

    [Fact]
    public void RegisterDefence_AttachmentOfExactly10MB_Passes() =>
        Assert.Empty(Failures(new RegisterDefenceValidator(), new RegisterDefenceCommand(
            CaseId, Day, "Zie bijlage.", [new UploadedFile("foto.jpg", "image/jpeg", SampleFiles.Jpeg(10 * 1024 * 1024))])));

    [Fact]
    public void RegisterDefence_PdfAndPhotoAttachments_Pass() =>
        Assert.Empty(Failures(new RegisterDefenceValidator(), new RegisterDefenceCommand(
            CaseId, Day, "Zie bijlagen.", [new UploadedFile("brief.pdf", "application/pdf", SampleFiles.Pdf()), new UploadedFile("foto.png", "image/png", SampleFiles.Png())])));

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("text/html")]
    public void RegisterDefence_HtmlAttachment_FILE_TYPE(string contentType) =>
        Assert.Equal(
            ["Attachments[0].Content:FILE_TYPE"],
            Failures(new RegisterDefenceValidator(), new RegisterDefenceCommand(
                CaseId, Day, "Zie bijlage.", [new UploadedFile("brief.pdf", contentType, "<html><script>alert(1)</script>"u8.ToArray())])));

    [Fact]
    public void ScheduleHearing_NothingGiven_MomentAndLocationRequired() =>
        Assert.Equal(["At:" + Required, "Location:" + RequiredText], Failures(new ScheduleHearingValidator(), new ScheduleHearingCommand(CaseId, null, null)));

    [Fact]
    public void RecordHearing_NothingGiven_DateAndAttendanceRequired() =>
        Assert.Equal(["Attended:" + Required, "HeldOn:" + Required], Failures(new RecordHearingValidator(), new RecordHearingCommand(CaseId, null, null, null)));

    [Fact]
    public void MarkLetterPosted_WithoutDate_Required() =>
        Assert.Equal(["PostedOn:" + Required], Failures(new MarkLetterPostedValidator(), new MarkLetterPostedCommand(Guid.NewGuid(), null, null)));

    [Fact]
    public void MarkLetterPosted_UnknownChannel_NotInEnum() =>
        Assert.Equal(["Channel:" + NotInEnum], Failures(new MarkLetterPostedValidator(), new MarkLetterPostedCommand(Guid.NewGuid(), Day, (NotificationChannel)9)));

    private static DecideCommand Fine(decimal? amount) => new(CaseId, Day, DecisionKind.Fine, amount, null, null, "Redenen.");
}
