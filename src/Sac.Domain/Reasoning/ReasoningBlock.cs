using Sac.Domain.Common;

namespace Sac.Domain.Reasoning;

/// <summary>
/// A reusable paragraph of a decision's reasons, kept by the municipality in Dutch and French. Placeholders in
/// braces ({offender}, {factsDate}, …; see <see cref="ReasoningComposer.Placeholders"/>) are filled from the case.
/// </summary>
public sealed class ReasoningBlock
{
    private ReasoningBlock()
    {
        MunicipalityNis = Title = TextNl = TextFr = UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string MunicipalityNis { get; private set; }

    public ReasoningTopic Topic { get; private set; }

    /// <summary>For <see cref="ReasoningTopic.Infraction"/> blocks: the infraction they explain.</summary>
    public string? InfractionCode { get; private set; }

    public string Title { get; private set; }

    public string TextNl { get; private set; }

    public string TextFr { get; private set; }

    /// <summary>Retired blocks stay for the decisions that quoted them but are no longer offered.</summary>
    public bool Retired { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public string Text(string language) => language == "fr" ? TextFr : TextNl;

    public static Result<ReasoningBlock> Create(
        string municipalityNis, ReasoningTopic topic, string? infractionCode, string title, string textNl, string textFr, DateTimeOffset now, string by)
    {
        var block = new ReasoningBlock { Id = Guid.NewGuid(), MunicipalityNis = municipalityNis };
        var changed = block.Change(topic, infractionCode, title, textNl, textFr, now, by);
        return changed.IsSuccess ? block : Result<ReasoningBlock>.Failure(changed.Errors);
    }

    public Result Change(ReasoningTopic topic, string? infractionCode, string title, string textNl, string textFr, DateTimeOffset now, string by)
    {
        var errors = new List<Error>();
        if (topic == ReasoningTopic.Infraction && string.IsNullOrWhiteSpace(infractionCode))
        {
            errors.Add(new Error("INFRACTION_REQUIRED", "A block about an infraction names the infraction.", Field: "infractionCode"));
        }

        errors.AddRange(ReasoningComposer.UnknownPlaceholders(textNl).Select(p => ReasoningComposer.UnknownPlaceholder(p, "textNl")));
        errors.AddRange(ReasoningComposer.UnknownPlaceholders(textFr).Select(p => ReasoningComposer.UnknownPlaceholder(p, "textFr")));
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Topic = topic;
        InfractionCode = topic == ReasoningTopic.Infraction ? infractionCode!.Trim() : null;
        Title = title.Trim();
        TextNl = textNl.Trim();
        TextFr = textFr.Trim();
        Retired = false;
        UpdatedAt = now;
        UpdatedBy = by;
        return Result.Success();
    }

    public void Retire(DateTimeOffset now, string by)
    {
        Retired = true;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
