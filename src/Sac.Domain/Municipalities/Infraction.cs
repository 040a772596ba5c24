using Sac.Domain.Common;

namespace Sac.Domain.Municipalities;

/// <summary>
/// One version of one infraction of a municipality's police regulation, valid from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/> (inclusive; open-ended when null).
/// Amounts are null for art. 3,3° categories, whose fine is fixed by law.
/// </summary>
public sealed class Infraction
{
    private Infraction()
    {
        Code = Article = TextNl = TextFr = string.Empty;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public InfractionCategory Category { get; private set; }

    public string Article { get; private set; }

    public string TextNl { get; private set; }

    public string TextFr { get; private set; }

    public decimal? MinimumAmount { get; private set; }

    public decimal? MaximumAmount { get; private set; }

    public decimal? DefaultAmount { get; private set; }

    /// <summary>The regulation's maximum for adult recidivists once the 2024 caps apply; null means the legal cap.</summary>
    public decimal? RecidivismMaximumAmount { get; private set; }

    public bool MinorsAllowed { get; private set; }

    /// <summary>For a light mixed infraction: the protocol agreement with the prosecutor lets the official proceed at once.</summary>
    public bool ProsecutionWaivedByProtocol { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    public string Text(string language) => language == "fr" ? TextFr : TextNl;

    internal static Result<Infraction> Create(InfractionDefinition definition)
    {
        var errors = definition.Validate();
        if (errors.Count > 0)
        {
            return Result<Infraction>.Failure(errors);
        }

        var traffic = definition.Category.IsTrafficWithFixedFine();
        return new Infraction
        {
            Code = definition.Code,
            Category = definition.Category,
            Article = definition.Article.Trim(),
            TextNl = definition.TextNl.Trim(),
            TextFr = definition.TextFr.Trim(),
            MinimumAmount = traffic ? null : definition.MinimumAmount,
            MaximumAmount = traffic ? null : definition.MaximumAmount,
            DefaultAmount = traffic ? null : definition.DefaultAmount,
            RecidivismMaximumAmount = traffic ? null : definition.RecidivismMaximumAmount,
            MinorsAllowed = !traffic && definition.MinorsAllowed,
            ProsecutionWaivedByProtocol = definition.Category.MayBeWaivedByProtocol() && definition.ProsecutionWaivedByProtocol,
            ValidFrom = definition.ValidFrom,
        };
    }

    /// <summary>
    /// Whether defining <paramref name="definition"/> would store this very version again (same start, same terms once
    /// normalised as <see cref="Create"/> does): an import of a file already imported recognises it and changes nothing.
    /// </summary>
    public bool HasSameTermsAs(InfractionDefinition definition) =>
        Create(definition) is { IsSuccess: true, Value: var candidate }
        && (candidate.Code, candidate.Category, candidate.Article, candidate.TextNl, candidate.TextFr, candidate.MinimumAmount, candidate.MaximumAmount,
            candidate.DefaultAmount, candidate.RecidivismMaximumAmount, candidate.MinorsAllowed, candidate.ProsecutionWaivedByProtocol, candidate.ValidFrom)
        == (Code, Category, Article, TextNl, TextFr, MinimumAmount, MaximumAmount,
            DefaultAmount, RecidivismMaximumAmount, MinorsAllowed, ProsecutionWaivedByProtocol, ValidFrom);

    internal void EndOn(DateOnly lastDay) => ValidTo = lastDay;
}
