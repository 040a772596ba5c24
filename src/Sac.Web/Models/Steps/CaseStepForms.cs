using Sac.Application.Cases.GetCase;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Documents;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Web.Models;

/// <summary>
/// Every step's form on the case page, one per <see cref="CaseStep"/> and named after it: the page posts a step's
/// fields as "Forms.{step}.{field}". Fresh forms come prefilled (today's date, the proposed amount, the payment
/// reference); the one just posted is shown again as typed, with its errors.
/// </summary>
public sealed class CaseStepForms
{
    /// <summary>The steps that are a letter handed to the post, and the letter each one sends.</summary>
    public static readonly IReadOnlyDictionary<CaseStep, DocumentKind> Letters = new Dictionary<CaseStep, DocumentKind>
    {
        [CaseStep.ParentsLetter] = DocumentKind.ParentsInformation,
        [CaseStep.MediationOffer] = DocumentKind.MediationOffer,
        [CaseStep.Notice] = DocumentKind.Notice,
        [CaseStep.DecisionNotification] = DocumentKind.Decision,
    };

    private readonly Dictionary<CaseStep, StepForm> forms = new()
    {
        [CaseStep.Identify] = new IdentifyForm(),
        [CaseStep.ReportToProsecutor] = new ReportToProsecutorForm(),
        [CaseStep.ProsecutorAnswer] = new ProsecutorAnswerForm(),
        [CaseStep.ParentsLetter] = new PostedLetterForm(),
        [CaseStep.Lawyer] = new LawyerForm(),
        [CaseStep.MediationOffer] = new PostedLetterForm(),
        [CaseStep.MediationOutcome] = new MediationOutcomeForm(),
        [CaseStep.CommunityServiceOffer] = new CommunityServiceOfferForm(),
        [CaseStep.Notice] = new PostedLetterForm(),
        [CaseStep.Defence] = new DefenceForm(),
        [CaseStep.ScheduleHearing] = new HearingForm(),
        [CaseStep.RecordHearing] = new HearingMinutesForm(),
        [CaseStep.Decide] = new DecisionForm(),
        [CaseStep.DecisionNotification] = new PostedLetterForm(),
        [CaseStep.Appeal] = new AppealForm(),
        [CaseStep.AppealOutcome] = new AppealOutcomeForm(),
        [CaseStep.CommunityServiceOutcome] = new CommunityServiceOutcomeForm(),
        [CaseStep.Payment] = new PaymentForm(),
        [CaseStep.Refund] = new RefundForm(),
        [CaseStep.HandOver] = new HandOverForm(),
        [CaseStep.ClosePaid] = new CloseCaseForm(),
        [CaseStep.CloseWithoutSanction] = new CloseCaseForm(),
    };

    private CaseStepForms()
    {
    }

    public IdentifyForm Identify => Get<IdentifyForm>(CaseStep.Identify);

    public ReportToProsecutorForm ReportToProsecutor => Get<ReportToProsecutorForm>(CaseStep.ReportToProsecutor);

    public ProsecutorAnswerForm ProsecutorAnswer => Get<ProsecutorAnswerForm>(CaseStep.ProsecutorAnswer);

    public PostedLetterForm ParentsLetter => Get<PostedLetterForm>(CaseStep.ParentsLetter);

    public LawyerForm Lawyer => Get<LawyerForm>(CaseStep.Lawyer);

    public PostedLetterForm MediationOffer => Get<PostedLetterForm>(CaseStep.MediationOffer);

    public MediationOutcomeForm MediationOutcome => Get<MediationOutcomeForm>(CaseStep.MediationOutcome);

    public CommunityServiceOfferForm CommunityServiceOffer => Get<CommunityServiceOfferForm>(CaseStep.CommunityServiceOffer);

    public PostedLetterForm Notice => Get<PostedLetterForm>(CaseStep.Notice);

    public DefenceForm Defence => Get<DefenceForm>(CaseStep.Defence);

    public HearingForm ScheduleHearing => Get<HearingForm>(CaseStep.ScheduleHearing);

    public HearingMinutesForm RecordHearing => Get<HearingMinutesForm>(CaseStep.RecordHearing);

    public DecisionForm Decide => Get<DecisionForm>(CaseStep.Decide);

    public PostedLetterForm DecisionNotification => Get<PostedLetterForm>(CaseStep.DecisionNotification);

    public AppealForm Appeal => Get<AppealForm>(CaseStep.Appeal);

    public AppealOutcomeForm AppealOutcome => Get<AppealOutcomeForm>(CaseStep.AppealOutcome);

    public CommunityServiceOutcomeForm CommunityServiceOutcome => Get<CommunityServiceOutcomeForm>(CaseStep.CommunityServiceOutcome);

    public PaymentForm Payment => Get<PaymentForm>(CaseStep.Payment);

    public RefundForm Refund => Get<RefundForm>(CaseStep.Refund);

    public HandOverForm HandOver => Get<HandOverForm>(CaseStep.HandOver);

    public CloseCaseForm ClosePaid => Get<CloseCaseForm>(CaseStep.ClosePaid);

    public CloseCaseForm CloseWithoutSanction => Get<CloseCaseForm>(CaseStep.CloseWithoutSanction);

    /// <summary>The prefix of a step's fields, as the page writes them and the actions bind them.</summary>
    public static string PrefixOf(CaseStep step) => $"{nameof(CaseDetailsPage.Forms)}.{step}";

    /// <param name="posted">The step just posted and its form as typed; it replaces the prefilled one.</param>
    public static CaseStepForms For(CaseDetails c, DateOnly today, DecisionChoices choices, decimal? proposedAmount, PostedStep? posted)
    {
        var page = new CaseStepForms();
        page.Prefill(c, today, proposedAmount);
        if (posted is not null)
        {
            page.forms[posted.Step] = posted.Form;
        }

        page.Describe(c, choices);
        return page;
    }

    public PostedLetterForm Letter(CaseStep step) => Get<PostedLetterForm>(step);

    private T Get<T>(CaseStep step)
        where T : StepForm => (T)forms[step];

    private void Prefill(CaseDetails c, DateOnly today, decimal? proposedAmount)
    {
        Identify.FromVehicleHolder = c.Offender.Type == OffenderType.Vehicle;
        ReportToProsecutor.ReceivedOn = today;
        ProsecutorAnswer.AnsweredOn = today;
        Lawyer.RequestedOn = today;
        MediationOutcome.EndedOn = today;
        CommunityServiceOffer.OfferedOn = today;
        Defence.ReceivedOn = today;
        RecordHearing.HeldOn = today;
        Decide.DecidedAt = today;
        Decide.Amount = Formats.AmountInput(proposedAmount);
        Appeal.FiledOn = today;
        AppealOutcome.JudgedOn = today;
        CommunityServiceOutcome.On = today;
        Payment.PaidOn = today;
        Payment.Amount = Formats.AmountInput(c.Payment?.Outstanding);
        Payment.Communication = c.Payment?.StructuredCommunication;
        Refund.RefundedOn = today;
        Refund.Amount = Formats.AmountInput(c.Payment?.Overpaid);
        HandOver.On = today;
        foreach (var step in Letters.Keys)
        {
            Letter(step).SentAt = today;
            Letter(step).Channel = NotificationChannel.RegisteredMail;
        }
    }

    /// <summary>What a form shows beside its fields; never posted, so set on the posted form too.</summary>
    private void Describe(CaseDetails c, DecisionChoices choices)
    {
        foreach (var form in forms.Values)
        {
            form.CaseId = c.Id;
            form.CaseVersion = c.Version;
        }

        foreach (var (step, kind) in Letters)
        {
            var letter = Letter(step);
            letter.Step = step;
            letter.Kind = kind;
            letter.Pending = c.Documents.FirstOrDefault(d => d.Kind == kind && d.PostedOn is null);
            letter.ChannelChoice = kind == DocumentKind.Decision && c.Infraction.Category.IsTrafficWithFixedFine();
        }

        Identify.Plate = c.Offender.Plate;
        Identify.PlateCountry = c.Offender.Country;
        Identify.FactsDate = BelgianTime.DateOf(c.FactsAt);
        Decide.Choices = choices;
        AppealOutcome.DecisionKind = c.Decision?.Kind;
        ClosePaid.Reason = CloseReason.Paid;
    }
}

/// <summary>The step a form was posted for, and the form as the binder read it.</summary>
public sealed record PostedStep(CaseStep Step, StepForm Form);
