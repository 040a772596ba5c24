namespace Sac.Application.Common;

/// <summary>The roles of product.md; the names are stored with users and used in policies.</summary>
public static class Roles
{
    public const string Finder = nameof(Finder);
    public const string SanctioningOfficial = nameof(SanctioningOfficial);
    public const string MunicipalAdmin = nameof(MunicipalAdmin);
    public const string Auditor = nameof(Auditor);
    public const string SystemAdmin = nameof(SystemAdmin);

    public static IReadOnlyList<string> All { get; } = [Finder, SanctioningOfficial, MunicipalAdmin, Auditor, SystemAdmin];

    /// <summary>Who reads the college's sanctions and the place bans (ADR 0016): the policy of their pages and the dashboard's counts.</summary>
    public static IReadOnlyList<string> MeasureReaders { get; } = [MunicipalAdmin, SanctioningOfficial, Auditor];
}
