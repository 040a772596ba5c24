namespace Sac.Web.Tests.Access;

/// <summary>What an endpoint's route parameters name, so the matrix knows whose municipality a request is about.</summary>
public enum Scope
{
    /// <summary>Not tied to one municipality by its route (lists filter by the caller's municipalities instead).</summary>
    None,

    /// <summary><c>{id}</c> is a case: another municipality's case is refused (403) or unknown (404).</summary>
    Case,

    /// <summary><c>{nis}</c> is a municipality: another one is refused (403) or unknown (404).</summary>
    Municipality,

    /// <summary><c>{id}</c> is a letter of a case: another municipality's is refused (403) or unknown (404).</summary>
    Document,
}

/// <summary>
/// Who may call one endpoint: <paramref name="Roles"/> empty means anyone, signed in or not. <paramref name="Query"/> is
/// sent along (MVC binds form fields from it too) so that a missing value's 400 does not hide the answer about access.
/// </summary>
public sealed record AccessRule(string Method, string Route, Scope Scope, IReadOnlyList<string> Roles, string Query = "")
{
    public bool IsPublic => Roles.Count == 0;

    public EndpointKey Key => new(Method, Route);
}

/// <summary>An endpoint as the route table names it: HTTP method and route pattern.</summary>
public sealed record EndpointKey(string Method, string Route)
{
    public bool IsApi => Route.StartsWith("/api/", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Route}";
}
