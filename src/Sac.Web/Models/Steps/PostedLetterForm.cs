using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Sac.Application.Cases.Steps;
using Sac.Application.Documents;
using Sac.Domain.Cases;
using Sac.Domain.Documents;

namespace Sac.Web.Models;

/// <summary>
/// A step that is a letter handed to the post (notice, parents' letter, mediation offer, decision): the letter is
/// prepared for the post tray, or the step is recorded with the day it was posted, which starts its deadlines.
/// </summary>
public sealed class PostedLetterForm : StepForm
{
    /// <summary>The errors of the steps name their date field differently; on this form it is always <see cref="SentAt"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> ErrorFields = new Dictionary<string, string>
    {
        ["sentOn"] = nameof(SentAt),
        ["offeredOn"] = nameof(SentAt),
    };

    public DateOnly? SentAt { get; set; }

    public NotificationChannel? Channel { get; set; }

    /// <summary>The step this letter is (its forms post to that step's address).</summary>
    [BindNever]
    [ValidateNever]
    public CaseStep Step { get; set; }

    [BindNever]
    [ValidateNever]
    public DocumentKind Kind { get; set; }

    /// <summary>The letter of this kind waiting in the post tray, if one was prepared.</summary>
    [BindNever]
    [ValidateNever]
    public DocumentSummary? Pending { get; set; }

    /// <summary>A traffic decision may go by ordinary mail; everything else goes registered.</summary>
    [BindNever]
    [ValidateNever]
    public bool ChannelChoice { get; set; }

    public RecordPostedLetterCommand ToCommand(Guid caseId, int? version) =>
        new(caseId, Kind, SentAt, Channel ?? NotificationChannel.RegisteredMail, version);
}
