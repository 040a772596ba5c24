using System.Text.RegularExpressions;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Access;

/// <summary>The values that fill a route's parameters: the municipality, case and letter a request is about.</summary>
internal sealed partial record AccessTarget(string Nis, string CaseId, string DocumentId)
{
    public string Fill(AccessRule rule) => RouteParameter().Replace(rule.Route, p => p.Groups["name"].Value switch
    {
        "id" => rule.Scope == Scope.Document ? DocumentId : CaseId,
        "nis" => Nis,
        "code" => "LITTER",
        "step" => "Notice",
        "nationalRegisterNumber" => NationalNumbers.Example,
        "plate" => "1-GNT-482",
        "enterpriseNumber" => "0203201340",
        "block" => Guid.NewGuid().ToString(),
        _ => string.Empty,
    });

    [GeneratedRegex(@"\{\**(?<name>\w+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
