namespace Sac.Application.Common.Ports;

/// <summary>The place bans in force today in one municipality, and how many of them end within the follow-up window.</summary>
public sealed record PlaceBansInForce(int InForce, int EndingSoon);

/// <summary>The dashboard's counts of measures, one grouped query per kind of measure.</summary>
public interface IMeasureFollowUpReads
{
    /// <summary>Per municipality, the college sanctions in force today whose last day is <paramref name="lastDay"/> or earlier.</summary>
    Task<IReadOnlyDictionary<string, int>> CountCollegeSanctionsEndingAsync(
        IReadOnlyCollection<string> municipalities, DateOnly today, DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>Per municipality, the place bans in force today, and those whose last period ends <paramref name="lastDay"/> or earlier.</summary>
    Task<IReadOnlyDictionary<string, PlaceBansInForce>> CountPlaceBansInForceAsync(
        IReadOnlyCollection<string> municipalities, DateOnly today, DateOnly lastDay, CancellationToken cancellationToken);
}
