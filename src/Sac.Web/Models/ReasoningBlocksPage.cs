using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Reasoning;
using Sac.Domain.Reasoning;

namespace Sac.Web.Models;

/// <summary>A municipality's blocks of reasons by topic, the retired ones apart, and the other municipalities to switch to.</summary>
public sealed record ReasoningBlocksPage(string Nis, string MunicipalityName, IReadOnlyList<SelectListItem> Municipalities, IReadOnlyList<ReasoningBlockDetails> Blocks)
{
    public IEnumerable<IGrouping<ReasoningTopic, ReasoningBlockDetails>> InUse =>
        Blocks.Where(b => !b.Retired).OrderBy(b => b.Topic).ThenBy(b => b.InfractionCode, StringComparer.Ordinal).ThenBy(b => b.Title, StringComparer.CurrentCulture)
            .GroupBy(b => b.Topic);

    public IReadOnlyList<ReasoningBlockDetails> Retired => [.. Blocks.Where(b => b.Retired).OrderBy(b => b.Title, StringComparer.CurrentCulture)];
}
