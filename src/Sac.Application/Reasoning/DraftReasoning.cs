using Mediator;
using Sac.Application.Cases.Procedure;
using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Domain.Calendar;
using Sac.Domain.Common;
using Sac.Domain.Reasoning;

namespace Sac.Application.Reasoning;

/// <summary>The reasons for a decision drafted from chosen blocks, in the offender's language, with the case's facts filled in.</summary>
public sealed record DraftReasoningQuery(Guid CaseId, IReadOnlyList<Guid> BlockIds, decimal? Amount) : IQuery<Result<ReasoningDraft>>;

public sealed record ReasoningDraft(string Language, string Text);

internal sealed class DraftReasoningHandler(CaseContextLoader loader, IReasoningBlockRepository blocks, TimeProvider clock)
    : IQueryHandler<DraftReasoningQuery, Result<ReasoningDraft>>
{
    public async ValueTask<Result<ReasoningDraft>> Handle(DraftReasoningQuery query, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadToReadAsync(query.CaseId, BelgianTime.DateOf(clock.GetUtcNow()), cancellationToken);
        if (loaded.IsFailure)
        {
            return Result<ReasoningDraft>.Failure(loaded.Errors);
        }

        var context = loaded.Value;
        var offered = (await blocks.ListAsync(context.Case.MunicipalityNis, includeRetired: false, cancellationToken)).ToDictionary(b => b.Id);
        var chosen = query.BlockIds.Where(offered.ContainsKey).Select(id => offered[id]);
        var language = context.Language;
        return new ReasoningDraft(language, ReasoningComposer.Compose(chosen, language, Values(context, language, query.Amount)));
    }

    private static Dictionary<string, string> Values(CaseContext context, string language, decimal? amount)
    {
        var (@case, municipality, infraction, assessment) = context;
        string Date(DateOnly? day) => day is { } d ? BelgianFormat.Date(d, language) : "…";
        string Money(decimal? value) => value is { } v ? BelgianFormat.Amount(v) : "…";
        return new Dictionary<string, string>
        {
            ["offender"] = @case.Offender.DisplayName,
            ["factsDate"] = Date(@case.FactsDate),
            ["factsTime"] = BelgianFormat.Time(BelgianTime.LocalTimeOf(@case.FactsAt), language),
            ["place"] = string.Join(' ', new[] { @case.Place.Street, @case.Place.HouseNumber, @case.Place.City }.Where(p => !string.IsNullOrWhiteSpace(p))),
            ["infraction"] = infraction.Text(language),
            ["article"] = infraction.Article,
            ["maximumFine"] = Money(assessment.MaximumFine),
            ["amount"] = Money(amount),
            ["noticeDate"] = Date(@case.NoticeSentOn),
            ["defenceDeadline"] = Date(@case.Deadlines.Defence),
            ["defenceReceived"] = Date(@case.Defences.Count > 0 ? @case.Defences[^1].ReceivedOn : null),
            ["priorDecision"] = assessment.PriorSanction is { } prior ? $"{Date(prior.DecidedOn)} ({prior.CaseNumber ?? prior.InfractionCode})" : "…",
            ["municipality"] = municipality.Name(language),
        };
    }
}
