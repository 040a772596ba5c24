namespace Sac.Testing;

/// <summary>The demo API tokens of api-v1.md.</summary>
public static class DemoTokens
{
    public const string Finder = "demo-finder-token";
    public const string Official = "demo-official-token";
    public const string Admin = "demo-admin-token";
    public const string Auditor = "demo-auditor-token";
    public const string Outsider = "demo-outsider-token";
}
