using Sac.Application.PlaceBans;
using Sac.Domain.PlaceBans;

namespace Sac.Web.Models.Measures;

/// <summary>A new place ban (PlaceBans/{nis}/New).</summary>
public sealed class PlaceBanForm
{
    public AddresseeForm Person { get; set; } = new();

    public string? Place { get; set; }

    public PlaceBanGround? Ground { get; set; }

    public string? Grounds { get; set; }

    public DateOnly? HeardOn { get; set; }

    public RecordPlaceBanCommand ToCommand(string nis) => new(nis, Person.ToInput(), Place, Ground, Grounds, HeardOn);
}

/// <summary>The first period or a renewal.</summary>
public sealed class PlaceBanPeriodForm
{
    public DateOnly? DecidedOn { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? Version { get; set; }
}

/// <summary>A place ban with the form of its next period, for those who keep the register.</summary>
public sealed record PlaceBanPage(PlaceBanDetails Ban, bool MayAct, PlaceBanPeriodForm Period)
{
    /// <summary>A renewal is proposed from the day after the last period; a first period from today.</summary>
    public static PlaceBanPage Fresh(PlaceBanDetails ban, bool mayAct, DateOnly today) => new(
        ban,
        mayAct,
        new PlaceBanPeriodForm { DecidedOn = today, StartsOn = ban.EndsOn?.AddDays(1) ?? today, Version = ban.Version });
}

/// <summary>The bans in force in the finder's municipalities, by municipality.</summary>
public sealed record ActivePlaceBansPage(IReadOnlyList<(string MunicipalityName, IReadOnlyList<ActivePlaceBan> Bans)> Municipalities);
