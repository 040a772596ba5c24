using System.Text.RegularExpressions;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// Cases brought to a step of the procedure for the page tests: the finding and the steps a test does not look at
/// go through the JSON API (<see cref="ProcedureSteps"/>); the step under test is posted from the case page, as the
/// official's browser posts it.
/// </summary>
internal static partial class CaseSteps
{
    public const string Official = "official@demo.sac";
    public const string OfficialPassword = "Demo-Official-2025!";

    public static string Page(string caseId) => $"/Cases/Details/{caseId}";

    /// <summary>An adult of Gent who left litter on <paramref name="factsDate"/>; a person of their own, so no other test makes them a recidivist.</summary>
    public static async Task<string> LitterAsync(HttpClient finderApi, string factsDate = "2025-03-01")
    {
        var offender = FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1980, 5, 17)));
        var recorded = await finderApi.RecordAsync(FindingRequests.Finding("44021", "LITTER", $"{factsDate}T22:15:00+01:00", offender));
        return recorded.Id();
    }

    /// <summary>The version the case page shows (its step forms post it back).</summary>
    public static async Task<string> VersionAsync(this BrowserSession session, string caseId) =>
        VersionField().Match(await session.GetPageAsync(Page(caseId))).Groups[1].Value;

    /// <summary>Posts a step's form from the case page, with the version the page shows unless one is given.</summary>
    public static async Task<HttpResponseMessage> PostStepAsync(
        this BrowserSession session, string caseId, string action, Dictionary<string, string> fields, string? version = null)
    {
        fields["version"] = version ?? await session.VersionAsync(caseId);
        return await session.PostFormAsync(Page(caseId), $"/Cases/{caseId}/{action}", fields);
    }

    /// <summary>The status the case page shows.</summary>
    public static async Task<string> StatusAsync(this BrowserSession session, string caseId) =>
        StatusBadge().Match(await session.GetPageAsync(Page(caseId))).Groups[1].Value;

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("id=\"case-status\" data-status=\"(\\w+)\"")]
    private static partial Regex StatusBadge();
}
