namespace Sac.Domain.PlaceBans;

/// <summary>One period of a place ban: number 1 is the first, the next ones renew it.</summary>
public sealed record PlaceBanPeriod(int Number, DateOnly DecidedOn, DateOnly StartsOn, DateOnly EndsOn);
