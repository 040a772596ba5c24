namespace Sac.Infrastructure.Demo;

/// <summary>A demo municipality with its settings, as api-v1.md lists them (demo choices, not the real towns').</summary>
internal sealed record DemoMunicipality(
    string Nis, string NameNl, string NameFr, int? MinorsMinimumAge, DateOnly? Caps2024AdoptedOn, bool AdultMediationOffered)
{
    public const int PaymentTermDays = 30;

    public static IReadOnlyList<DemoMunicipality> All { get; } =
    [
        new("44021", "Gent", "Gand", 14, new DateOnly(2024, 3, 1), AdultMediationOffered: true),
        new("21004", "Brussel", "Bruxelles", 16, null, AdultMediationOffered: true),
        new("62063", "Luik", "Liège", null, new DateOnly(2024, 6, 1), AdultMediationOffered: false),
        new("11002", "Antwerpen", "Anvers", 16, new DateOnly(2024, 1, 8), AdultMediationOffered: true),
    ];
}
