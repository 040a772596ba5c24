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
}
