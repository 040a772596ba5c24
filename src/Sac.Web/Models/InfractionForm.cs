using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sac.Application.Municipalities.DefineInfraction;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Domain.Municipalities;

namespace Sac.Web.Models;

/// <summary>One version of one infraction of the police regulation (Municipalities/EditInfraction).</summary>
public sealed class InfractionForm
{
    /// <summary>Categories whose fine the law fixes: the form hides their amounts.</summary>
    public static readonly IReadOnlyList<InfractionCategory> FixedByLaw =
        [.. Enum.GetValues<InfractionCategory>().Where(c => c.IsTrafficWithFixedFine())];

    /// <summary>The categories whose prosecution a protocol agreement can waive (the domain's rule); the form asks only for them.</summary>
    public static readonly IReadOnlyList<InfractionCategory> WaivableByProtocol = [.. Enum.GetValues<InfractionCategory>().Where(c => c.MayBeWaivedByProtocol())];

    public string? Code { get; set; }

    public InfractionCategory? Category { get; set; }

    public string? Article { get; set; }

    public string? TextNl { get; set; }

    public string? TextFr { get; set; }

    /// <summary>Amounts are text: see <see cref="Amount"/> for why the binder does not read them.</summary>
    public string? MinimumAmount { get; set; }

    public string? MaximumAmount { get; set; }

    public string? DefaultAmount { get; set; }

    public string? RecidivismMaximumAmount { get; set; }

    public bool MinorsAllowed { get; set; }

    public bool ProsecutionWaivedByProtocol { get; set; }

    public DateOnly? ValidFrom { get; set; }

    /// <summary>True when the code is typed in (a new infraction); false when a version of an existing one is added.</summary>
    [BindNever]
    public bool IsNew { get; set; }

    [BindNever]
    public string MunicipalityName { get; set; } = string.Empty;

    public bool AmountsFixedByLaw => Category is { } category && category.IsTrafficWithFixedFine();

    /// <summary>The protocol question shows until another category is chosen (the script hides it at once).</summary>
    public bool AsksProtocol => Category is not { } category || WaivableByProtocol.Contains(category);

    /// <summary>A new version starts today, unless the latest version starts later (then it is corrected).</summary>
    public static InfractionForm From(InfractionDetails latest, DateOnly today) => new()
    {
        Code = latest.Code,
        Category = latest.Category,
        Article = latest.Article,
        TextNl = latest.TextNl,
        TextFr = latest.TextFr,
        MinimumAmount = Formats.AmountInput(latest.MinimumAmount),
        MaximumAmount = Formats.AmountInput(latest.MaximumAmount),
        DefaultAmount = Formats.AmountInput(latest.DefaultAmount),
        RecidivismMaximumAmount = Formats.AmountInput(latest.RecidivismMaximumAmount),
        MinorsAllowed = latest.MinorsAllowed,
        ProsecutionWaivedByProtocol = latest.ProsecutionWaivedByProtocol,
        ValidFrom = latest.ValidFrom > today ? latest.ValidFrom : today,
    };

    /// <summary>The amounts that are not amounts, by property name; the command is only built when there are none.</summary>
    public IReadOnlyList<string> UnreadableAmounts()
    {
        (string Field, string? Text)[] amounts =
        [
            (nameof(MinimumAmount), MinimumAmount),
            (nameof(MaximumAmount), MaximumAmount),
            (nameof(DefaultAmount), DefaultAmount),
            (nameof(RecidivismMaximumAmount), RecidivismMaximumAmount),
        ];
        return [.. amounts.Where(a => !Amount.TryParse(a.Text, out _)).Select(a => a.Field)];
    }

    public DefineInfractionCommand ToCommand(string nis) => new(
        nis,
        Code?.Trim().ToUpperInvariant() ?? string.Empty,
        Category,
        Article,
        TextNl,
        TextFr,
        Read(MinimumAmount),
        Read(MaximumAmount),
        Read(DefaultAmount),
        Read(RecidivismMaximumAmount),
        MinorsAllowed,
        ValidFrom,
        ProsecutionWaivedByProtocol);

    private static decimal? Read(string? text) => Amount.TryParse(text, out var amount) ? amount : null;
}
