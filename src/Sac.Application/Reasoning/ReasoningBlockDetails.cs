using Sac.Domain.Reasoning;

namespace Sac.Application.Reasoning;

public sealed record ReasoningBlockDetails(
    Guid Id, string MunicipalityNis, ReasoningTopic Topic, string? InfractionCode, string Title, string TextNl, string TextFr, bool Retired,
    DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static ReasoningBlockDetails From(ReasoningBlock b) =>
        new(b.Id, b.MunicipalityNis, b.Topic, b.InfractionCode, b.Title, b.TextNl, b.TextFr, b.Retired, b.UpdatedAt, b.UpdatedBy);
}
