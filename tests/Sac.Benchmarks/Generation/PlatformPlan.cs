namespace Sac.Benchmarks.Generation;

/// <summary>How many cases a municipality records over the generated years.</summary>
internal sealed record MunicipalityVolume(string Nis, int Cases);

/// <summary>
/// The data of the measures: a city of 170,000 cases a year over five years (Gent, 850,000 cases), and a platform of
/// 1,000,000 cases where Brussels and Liège, served by the same sanctioning officials, add 150,000 more.
/// </summary>
internal static class PlatformPlan
{
    public const int Years = 5;

    public static IReadOnlyList<MunicipalityVolume> City { get; } = [new("44021", 170_000 * Years)];

    public static IReadOnlyList<MunicipalityVolume> RestOfPlatform { get; } = [new("21004", 90_000), new("62063", 60_000)];

    public static int PlatformCases => City.Concat(RestOfPlatform).Sum(v => v.Cases);

    /// <summary>Who records the findings of a municipality (the demo finder serves Gent and Brussels; the admin finds in Liège too).</summary>
    public static string FinderOf(string nis) => nis == "62063" ? "admin@demo.sac" : "finder@demo.sac";

    public const string Official = "official@demo.sac";
}
