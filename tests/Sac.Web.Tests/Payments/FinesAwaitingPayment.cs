using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Payments;

/// <summary>Gent LITTER cases of March 2025 taken through the API to a final fine that waits for payment on 20 June 2025.</summary>
internal static class FinesAwaitingPayment
{
    /// <summary>A fine of <paramref name="amount"/> for the named adult, reminded (its first term ended on 16 June); the case as the API answers it.</summary>
    public static async Task<JsonNode> CreateAsync(June2025AppFactory factory, decimal amount, string firstName, string lastName)
    {
        var case_ = await DecidedAsync(factory, amount, firstName, lastName);
        await factory.ApplyDueDeadlinesAsync(case_.Id());
        var reminded = await ReadAsync(factory, case_.Id());
        Assert.Equal("PaymentReminded", reminded.Status());
        return reminded;
    }

    /// <summary>A fine decided and notified, its appeal window not yet applied: it owes nothing yet.</summary>
    public static async Task<JsonNode> DecidedAsync(June2025AppFactory factory, decimal amount, string firstName, string lastName)
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var person = FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1979, 4, 12)));
        person["firstName"] = firstName;
        person["lastName"] = lastName;
        var id = (await factory.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", person))).Id();
        await official.SendNoticeAsync(id, "2025-03-13");
        await official.DecideFineAsync(id, "2025-04-10", amount);
        return await official.NotifyDecisionAsync(id, "2025-04-11");
    }

    public static async Task<JsonNode> ReadAsync(June2025AppFactory factory, string caseId)
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        return await official.GetOkJsonAsync($"/api/v1/cases/{caseId}");
    }

    public static string Communication(this JsonNode caseBody) => caseBody["payment"]!["structuredCommunication"]!.GetValue<string>();

    public static string Number(this JsonNode caseBody) => caseBody["number"]!.GetValue<string>();

    public static decimal Money(this JsonNode caseBody, string field) => caseBody["payment"]![field]!.GetValue<decimal>();

    public static int PaymentCount(this JsonNode caseBody) => caseBody["payment"]!["payments"]!.AsArray().Count;
}
