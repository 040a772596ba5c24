using Sac.Application.Cases.Procedure;
using Sac.Application.Letters;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Cases.Steps;

/// <summary>
/// The steps that are a letter handed to the post: the posting date starts their deadlines. Recorded through
/// the API with a date, or by marking the prepared letter as posted in the post tray — both come here.
/// </summary>
internal sealed class PostedLetterSteps(CaseLetters letters)
{
    /// <summary>The letters whose posting is a step of the procedure; the payment letters are only sent.</summary>
    public static bool IsStep(DocumentKind kind) =>
        kind is DocumentKind.Notice or DocumentKind.ParentsInformation or DocumentKind.MediationOffer or DocumentKind.Decision;

    /// <param name="prepared">The letter from the post tray being marked as posted; null to use (or write) the case's prepared one.</param>
    public async Task<Result> PostAsync(
        CaseContext context, DocumentKind kind, DateOnly postedOn, NotificationChannel channel, StepActor actor, CancellationToken cancellationToken,
        CaseDocument? prepared = null)
    {
        var @case = context.Case;
        var assessment = context.Assessment;
        var applied = kind switch
        {
            DocumentKind.Notice => @case.SendNotice(postedOn, channel, assessment.Reasons, actor.Now, actor.Name),
            DocumentKind.ParentsInformation => @case.InformParents(postedOn, assessment.IsMinor, actor.Now, actor.Name),
            DocumentKind.MediationOffer when context.NotSanctionable is { } refusal => Result.Failure(refusal),
            DocumentKind.MediationOffer => @case.OfferMediation(postedOn, assessment.MediationMayBeOffered, actor.Now, actor.Name),
            DocumentKind.Decision => @case.NotifyDecision(postedOn, channel, actor.Now, actor.Name),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Posting this letter is not a step of the procedure."),
        };
        if (applied.IsSuccess)
        {
            if (prepared is null)
            {
                await letters.PostAsync(context, kind, postedOn, actor.Name, cancellationToken);
            }
            else
            {
                prepared.MarkPosted(postedOn, actor.Name);
            }
        }

        return applied;
    }
}
