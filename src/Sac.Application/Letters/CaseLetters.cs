using Sac.Application.Cases.Procedure;
using Sac.Application.Common.Ports;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Letters;

/// <summary>
/// Writes a case's letters and keeps them as documents. A letter is prepared for the post tray, or, when a step
/// is recorded with its posting date (the API, a job), the prepared one is marked posted or a new one written as posted.
/// </summary>
internal sealed class CaseLetters(ILetterRenderer renderer, ICaseDocumentRepository documents, TimeProvider clock)
{
    public static readonly Error NotALetter = new("NOT_A_LETTER", "Sac does not write this kind of document.", Field: "kind");

    public static Error NotApplicable(DocumentKind kind) =>
        new("LETTER_NOT_APPLICABLE", $"This case has nothing a {kind} letter could say yet.", ErrorKind.BusinessRule, "kind");

    /// <summary>Why this case cannot have this letter now: each letter speaks of something the case must have.</summary>
    public static Error? Refusal(CaseContext context, DocumentKind kind)
    {
        if (!kind.IsLetter())
        {
            return NotALetter;
        }

        var (@case, _, _, assessment) = context;
        if (kind == DocumentKind.Notice && @case.ValidationRefusal is { } notValidated)
        {
            return notValidated;
        }

        var applicable = kind switch
        {
            DocumentKind.Notice => assessment.Sanctionable,
            DocumentKind.ParentsInformation => assessment.IsMinor,
            DocumentKind.MediationOffer => assessment.MediationMayBeOffered,
            DocumentKind.Decision => @case.Decision is not null,
            _ => @case.AmountDue is not null,
        };
        return applicable ? null : NotApplicable(kind);
    }

    public CaseDocument Prepare(CaseContext context, DocumentKind kind, string by)
    {
        var now = clock.GetUtcNow();
        var content = LetterComposer.Compose(context, kind, BelgianTime.DateOf(now));
        var @case = context.Case;
        var document = CaseDocument.Create(
            @case.Id, @case.Number, @case.MunicipalityNis, kind, content.Language,
            $"{@case.Number}-{kind}-{BelgianTime.LocalTimeOf(now):yyyyMMddHHmmss}.pdf", "application/pdf", renderer.Render(content), now, by);
        documents.Add(document);
        return document;
    }

    public async Task PostAsync(CaseContext context, DocumentKind kind, DateOnly postedOn, string by, CancellationToken cancellationToken)
    {
        var letter = await documents.FindAwaitingPostingAsync(context.Case.Id, kind, cancellationToken) ?? Prepare(context, kind, by);
        letter.MarkPosted(postedOn, by);
    }
}
