using Sac.Application.Cases.Steps;
using Sac.Application.Documents;

namespace Sac.Web.Models;

/// <summary>A written defence as received (letter or e-mail), with the files that came with it.</summary>
public sealed class DefenceForm : StepForm
{
    /// <summary>The largest file the application keeps with a defence (its validator refuses larger ones).</summary>
    public const int MaximumAttachmentBytes = AcceptedFiles.MaximumBytes;

    /// <summary>What one request may carry: a few files at the maximum, and the text.</summary>
    public const long MaximumRequestBytes = (5L * MaximumAttachmentBytes) + (1024 * 1024);

    public DateOnly? ReceivedOn { get; set; }

    public string? Text { get; set; }

    public IList<IFormFile> Attachments { get; set; } = [];

    public async Task<RegisterDefenceCommand> ToCommandAsync(Guid caseId, int? version, CancellationToken cancellationToken) =>
        new(caseId, ReceivedOn, Text, await FormFiles.ReadAsync(Attachments, cancellationToken), version);
}

/// <summary>The oral hearing planned (or moved): a local time in Brussels and a place.</summary>
public sealed class HearingForm : StepForm
{
    public DateTime? At { get; set; }

    public string? Location { get; set; }

    public ScheduleHearingCommand ToCommand(Guid caseId, int? version) =>
        new(caseId, At is { } local ? BrusselsTime.FromLocal(local) : null, Location, version);
}

/// <summary>The hearing held, or the offender did not come; the minutes as written.</summary>
public sealed class HearingMinutesForm : StepForm
{
    public DateOnly? HeldOn { get; set; }

    public bool? Attended { get; set; }

    public string? Minutes { get; set; }

    public RecordHearingCommand ToCommand(Guid caseId, int? version) => new(caseId, HeldOn, Attended, Minutes, version);
}
