using Sac.Application.Cases.GetCase;
using Sac.Application.Cases.Procedure;
using Sac.Application.Cases.Steps;
using Sac.Application.Cases.Validation;
using Sac.Application.Common;
using Sac.Domain.Documents;

namespace Sac.Web.Api;

/// <summary>
/// The steps of the procedure, each a POST on the case that answers the case as it now stands (api-v1.md:
/// notices, decisions, decision-notifications as written; the other steps in the same style).
/// </summary>
internal static class ProcedureEndpoints
{
    public static void MapProcedureEndpoints(this RouteGroupBuilder api)
    {
        Step<ValidationRequest>(api, "validations", "An automatic device's finding validated by a sanctioning official: required before the notice.",
            (id, r) => new ValidateFindingCommand(id, r.Version));
        Step<PostedLetterRequest>(api, "notices", "Notice of proceedings posted: the defence period runs from its deemed receipt.",
            (id, r) => new RecordPostedLetterCommand(id, DocumentKind.Notice, r.SentAt, r.Channel, r.Version));
        Step<DecisionRequestBody>(api, "decisions", "The decision: a fine, community service, mediation or no sanction; 422 with a code when the law does not allow it.",
            (id, r) => new DecideCommand(id, r.DecidedAt, r.Kind, r.Amount, r.Hours, r.Reason, r.Reasoning, r.Version));
        Step<PostedLetterRequest>(api, "decision-notifications", "The decision posted to the offender: the appeal period runs from its deemed receipt.",
            (id, r) => new RecordPostedLetterCommand(id, DocumentKind.Decision, r.SentAt, r.Channel, r.Version));
        Step<PostedLetterRequest>(api, "parents-letters", "A minor's parents informed by letter (parental involvement).",
            (id, r) => new RecordPostedLetterCommand(id, DocumentKind.ParentsInformation, r.SentAt, r.Channel, r.Version));
        Step<PostedLetterRequest>(api, "mediation-offers", "Local mediation offered by letter; the decision limit becomes 12 months.",
            (id, r) => new RecordPostedLetterCommand(id, DocumentKind.MediationOffer, r.SentAt, r.Channel, r.Version));
        Step<MediationOutcomeRequest>(api, "mediation-outcomes", "How the mediation ended: succeeded (the case closes), agreement with a payment plan, refused or failed.",
            (id, r) => new RecordMediationOutcomeCommand(id, r.Outcome, r.EndedOn, r.Version));
        Step<CommunityServiceOfferRequest>(api, "community-service-offers", "Community service proposed before the decision; the decision limit becomes 12 months.",
            (id, r) => new OfferCommunityServiceCommand(id, r.OfferedOn, r.Version));
        Step<CommunityServiceOutcomeRequest>(api, "community-service-outcomes", "Community service performed (the case closes) or not (a fine may follow).",
            (id, r) => new RecordCommunityServiceOutcomeCommand(id, r.Performed, r.On, r.Version));
        Step<LawyerRequestBody>(api, "lawyer-requests", "A lawyer requested from the bar for a minor.",
            (id, r) => new RequestLawyerCommand(id, r.RequestedOn, r.Note, r.Version));
        Step<ProsecutorReportRequest>(api, "prosecutor-reports", "A mixed infraction reported to the prosecutor; the 2-month window runs from its receipt.",
            (id, r) => new ReportToProsecutorCommand(id, r.ReceivedOn, r.Version));
        Step<ProsecutorAnswerRequest>(api, "prosecutor-answers", "The prosecutor prosecutes (the case closes) or leaves the case to the official.",
            (id, r) => new RecordProsecutorAnswerCommand(id, r.Answer, r.AnsweredOn, r.Version));
        Step<DefenceRequest>(api, "defences", "A written defence received.",
            (id, r) => new RegisterDefenceCommand(id, r.ReceivedOn, r.Text, null, r.Version));
        Step<HearingRequest>(api, "hearings", "The oral hearing planned (or moved).",
            (id, r) => new ScheduleHearingCommand(id, r.At, r.Location, r.Version));
        Step<HearingMinutesRequest>(api, "hearing-minutes", "The oral hearing held, with its minutes.",
            (id, r) => new RecordHearingCommand(id, r.HeldOn, r.Attended, r.Minutes, r.Version));
        Step<AppealRequest>(api, "appeals", "An appeal filed with the police court or youth court.",
            (id, r) => new RegisterAppealCommand(id, r.FiledOn, r.Version));
        Step<AppealOutcomeRequest>(api, "appeal-outcomes", "The court confirmed, reduced or annulled the decision.",
            (id, r) => new RecordAppealOutcomeCommand(id, r.Outcome, r.JudgedOn, r.ReducedAmount, r.ReducedHours, r.Version));
        Step<PaymentRequest>(api, "payments", "A payment received; partial payments add up.",
            (id, r) => new RegisterPaymentCommand(id, r.PaidOn, r.Amount, r.Communication, r.Version));
        Step<RefundRequest>(api, "refunds", "A refund of an over-payment sent to the payer: at most what is overpaid, with the IBAN it went to.",
            (id, r) => new RecordRefundCommand(id, r.RefundedOn, r.Amount, r.Iban, r.Version));
        Step<CollectionHandOverRequest>(api, "collection-handovers", "An unpaid fine handed over to forced collection.",
            (id, r) => new HandOverToCollectionCommand(id, r.On, r.Version));
    }

    private static void Step<TRequest>(RouteGroupBuilder api, string path, string summary, Func<Guid, TRequest, ICaseStepCommand> toCommand)
        where TRequest : class =>
        api.MapStep<TRequest, CaseDetails>($"/cases/{{id:guid}}/{path}", toCommand, id => new GetCaseQuery(id))
            .RequireAuthorization(Roles.SanctioningOfficial)
            .WithSummary(summary);
}
