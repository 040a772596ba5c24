using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Access;

/// <summary>
/// Issue 6: every endpoint of the route table, for anonymous callers and every demo user, on a municipality of theirs
/// and on another, answers as <see cref="AccessRules"/> says (api-v1.md: 401 without a token, 403 outside the role,
/// 403 or 404 outside the municipalities; the browser is sent to sign in or to "access denied").
/// </summary>
public sealed class AccessMatrixTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private enum Answer { SignIn, Refused, NotFound, Invalid, Served, Failed }

    /// <summary>What an allowed caller may get: the point is access, so a 400 (the matrix sends empty forms) or a 404 is fine.</summary>
    private static readonly Answer[] Allowed = [Answer.Served, Answer.Invalid, Answer.NotFound];

    [Fact]
    public void Every_endpoint_has_exactly_one_rule_and_every_rule_an_endpoint()
    {
        var endpoints = RouteTable.Endpoints(factory.Services);
        var ruled = AccessRules.All.Select(r => r.Key).ToList();

        var withoutRule = endpoints.Except(ruled).Select(e => $"no rule for {e}");
        var withoutEndpoint = ruled.Except(endpoints).Select(r => $"no endpoint for rule {r}");
        var twice = ruled.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"rule given twice: {g.Key}");

        Assert.Empty(withoutRule.Concat(withoutEndpoint).Concat(twice));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_its_rule_says()
    {
        var targets = await RecordTargetsAsync();
        var sessions = new Dictionary<DemoCaller, (HttpClient Api, BrowserSession Browser, string Token)>();
        foreach (var caller in DemoCaller.All)
        {
            var browser = await BrowserSession.SignedInAsync(factory, caller.Email, caller.Password);
            sessions[caller] = (factory.CreateApiClient(caller.Token), browser, await browser.AntiforgeryTokenAsync("/Account/AccessDenied"));
        }

        using var anonymousApi = factory.CreateApiClient(token: null);
        var anonymousBrowser = new BrowserSession(factory);
        var violations = new List<string>();
        var checks = 0;
        foreach (var rule in AccessRules.All)
        {
            checks++;
            var anonymous = await SendAsync(rule, targets["44021"], anonymousApi, anonymousBrowser, antiforgeryToken: null);
            Expect(rule, "anonymous", "own", anonymous, rule.IsPublic ? Allowed : [Answer.SignIn], violations);

            // Anyone may call a public endpoint; signing out (one of them) would end the session the other checks need.
            if (rule.IsPublic)
            {
                continue;
            }

            foreach (var caller in DemoCaller.All)
            {
                var (api, browser, token) = sessions[caller];
                checks++;
                var answer = await SendAsync(rule, targets[caller.OwnNis], api, browser, token);
                Expect(rule, caller.Email, "own", answer, caller.MayCall(rule) ? Allowed : [Answer.Refused], violations);

                if (rule.Scope != Scope.None && caller.MayCall(rule))
                {
                    checks++;
                    var foreign = await SendAsync(rule, targets[caller.ForeignNis], api, browser, token);
                    Expect(rule, caller.Email, "foreign", foreign, ForeignAnswers(rule), violations);
                }
            }
        }

        Assert.True(violations.Count == 0, $"{violations.Count} of {checks} checks failed:\n{string.Join('\n', violations)}");
    }

    /// <summary>A case with its notice letter in Gent (finder and official) and in Antwerpen (the outsider is both there); by NIS.</summary>
    private async Task<Dictionary<string, AccessTarget>> RecordTargetsAsync()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var gent = factory.CreateApiClient(DemoTokens.Official);
        using var antwerpen = factory.CreateApiClient(DemoTokens.Outsider);
        return new()
        {
            ["44021"] = await RecordTargetAsync(finder, gent, "44021"),
            ["11002"] = await RecordTargetAsync(antwerpen, antwerpen, "11002"),
        };
    }

    private static async Task<AccessTarget> RecordTargetAsync(HttpClient finder, HttpClient official, string nis)
    {
        var recorded = await finder.RecordAsync(
            FindingRequests.Finding(nis, "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Example)));
        using var letter = await official.PostJsonAsync($"/api/v1/cases/{recorded.Id()}/letters", new JsonObject { ["kind"] = "Notice" });
        await letter.AssertStatusAsync(HttpStatusCode.Created);
        return new AccessTarget(nis, recorded.Id(), (await letter.ReadJsonAsync())["id"]!.GetValue<string>());
    }

    /// <summary>
    /// Another municipality is refused or unknown. The API reads a write's JSON body before the case, so the empty body the
    /// matrix sends is a 400 first: that answer tells nothing about the case (MunicipalityRefusedChangeTests and
    /// AuthorisationTests send valid bodies to other municipalities).
    /// </summary>
    private static Answer[] ForeignAnswers(AccessRule rule) =>
        rule.Key.IsApi && rule.Method != "GET" ? [Answer.Refused, Answer.NotFound, Answer.Invalid] : [Answer.Refused, Answer.NotFound];

    private static void Expect(AccessRule rule, string caller, string municipality, (Answer Answer, int Status) actual, Answer[] expected, List<string> violations)
    {
        if (!expected.Contains(actual.Answer))
        {
            violations.Add($"{rule.Key} as {caller} ({municipality} municipality): {actual.Answer} ({actual.Status}), expected {string.Join(" or ", expected)}");
        }
    }

    private static async Task<(Answer Answer, int Status)> SendAsync(AccessRule rule, AccessTarget target, HttpClient api, BrowserSession browser, string? antiforgeryToken)
    {
        var path = target.Fill(rule) + rule.Query;
        var reads = rule.Method is "GET" or "*";
        using var response = (rule.Key.IsApi, reads) switch
        {
            (true, _) => await SendApiAsync(api, rule.Method == "*" ? "GET" : rule.Method, path),
            (false, true) => await browser.GetAsync(path),
            (false, false) => await browser.PostAsync(path, new FormUrlEncodedContent(antiforgeryToken is null ? [] : [new("__RequestVerificationToken", antiforgeryToken)])),
        };
        return (Classify(response), (int)response.StatusCode);
    }

    /// <summary>With the bearer token of <paramref name="api"/>; a write carries an empty JSON object.</summary>
    private static async Task<HttpResponseMessage> SendApiAsync(HttpClient api, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json");
        return await api.SendAsync(request);
    }

    private static Answer Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Answer.SignIn,
            HttpStatusCode.Forbidden => Answer.Refused,
            HttpStatusCode.NotFound => Answer.NotFound,
            HttpStatusCode.BadRequest => Answer.Invalid,
            >= HttpStatusCode.InternalServerError => Answer.Failed,
            HttpStatusCode.Redirect when location.Contains("/Account/SignIn", StringComparison.Ordinal) => Answer.SignIn,
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Answer.Refused,
            _ => Answer.Served,
        };
    }
}
