using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Reasoning;
using Sac.Domain.Reasoning;

namespace Sac.Web.Models;

/// <summary>A block of reasons of the municipality (Reasoning/Edit): its title and topic, and its text in Dutch and French.</summary>
public sealed class ReasoningBlockForm
{
    public ReasoningTopic? Topic { get; set; }

    /// <summary>Only for <see cref="ReasoningTopic.Infraction"/>: the infraction the block explains.</summary>
    public string? InfractionCode { get; set; }

    public string? Title { get; set; }

    public string? TextNl { get; set; }

    public string? TextFr { get; set; }

    /// <summary>The block being changed; null for a new one.</summary>
    [BindNever]
    public Guid? Id { get; set; }

    [BindNever]
    public string MunicipalityName { get; set; } = string.Empty;

    /// <summary>The infractions of the regulation in force, for the infraction picker.</summary>
    [BindNever]
    public IReadOnlyList<SelectListItem> InfractionOptions { get; set; } = [];

    /// <summary>The placeholders a text may use, in braces, each filled from the case when the reasons are composed.</summary>
    public static IReadOnlyList<string> Placeholders => ReasoningComposer.Placeholders;

    public static ReasoningBlockForm From(ReasoningBlockDetails block) => new()
    {
        Id = block.Id,
        Topic = block.Topic,
        InfractionCode = block.InfractionCode,
        Title = block.Title,
        TextNl = block.TextNl,
        TextFr = block.TextFr,
    };

    /// <summary>The infraction only counts for a block about an infraction; another topic drops what the picker still holds.</summary>
    public DefineReasoningBlockCommand ToCommand(string nis, Guid? id) =>
        new(nis, id, Topic, Topic == ReasoningTopic.Infraction ? InfractionCode : null, Title, TextNl, TextFr);
}
