using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Deadlines;
using Sac.Testing;
using Sac.Web.Tests.Support;
using UglyToad.PdfPig;

namespace Sac.Web.Tests.Scenarios;

/// <summary>
/// A fine from the finding to its closure through the API, with the deadline job applying what the passing of
/// time does: the appeal window ends, the payment term ends, a reminder goes out, payments come in.
/// </summary>
public sealed class FineToPaymentTests(June2025AppFactory factory) : IClassFixture<June2025AppFactory>
{
    [Fact]
    public async Task From_finding_to_closed_paid()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var number = NationalNumbers.Unique(new DateOnly(1988, 2, 29));
        var id = (await factory.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(number)))).Id();
        await official.SendNoticeAsync(id, "2025-03-13");
        await official.DecideFineAsync(id, "2025-04-10", 200.00m);
        await official.NotifyDecisionAsync(id, "2025-04-11");

        var afterTime = await ApplyDueDeadlinesAsync(official, id);

        // The appeal window ended on 16 May: enforceable on 17 May; 30 days to pay: Monday 16 June. Today (20 June)
        // that term has passed too: a reminder with 30 more days, Sunday 20 July, then 21 July (holiday): 22 July.
        Assert.Equal("PaymentReminded", afterTime.Status());
        Assert.Equal("2025-07-22", afterTime.Deadline("payment"));
        Assert.Contains("BecameEnforceable", afterTime.TimelineTypes());
        var payment = afterTime["payment"]!;
        Assert.Equal(200.00m, payment["outstanding"]!.GetValue<decimal>());
        var communication = payment["structuredCommunication"]!.GetValue<string>();
        AssertValidStructuredCommunication(communication);

        var partly = await official.StepAsync(id, "payments", new JsonObject { ["paidOn"] = "2025-06-18", ["amount"] = 120.00m, ["communication"] = communication });
        Assert.Equal("PaymentReminded", partly.Status());
        Assert.Equal(80.00m, partly["payment"]!["outstanding"]!.GetValue<decimal>());

        var paid = await official.StepAsync(id, "payments", new JsonObject { ["paidOn"] = "2025-06-19", ["amount"] = 80.00m });
        Assert.Equal("Paid", paid.Status());

        var closed = await official.StepAsync(id, "closures", new JsonObject { ["reason"] = "Paid" });
        Assert.Equal("Closed", closed.Status());
        Assert.Equal("Paid", closed["closeReason"]!.GetValue<string>());

        // The final fine is in the register: the same person littering again is a recidivist.
        var again = await factory.RecordCaseAsync(FindingRequests.Finding("44021", "LITTER", "2025-06-19T08:00:00+02:00", FindingRequests.PersonByNumber(number)));
        Assert.True(again["assessment"]!["isRecidivism"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_payment_letters_carry_the_amount_and_the_structured_communication()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var id = (await factory.RecordCaseAsync(FindingRequests.Finding(
            "44021", "LITTER", "2025-03-01T22:15:00+01:00", FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1975, 10, 10)))))).Id();
        await official.SendNoticeAsync(id, "2025-03-13");
        await official.DecideFineAsync(id, "2025-04-10", 150.00m);
        await official.NotifyDecisionAsync(id, "2025-04-11");

        var reminded = await ApplyDueDeadlinesAsync(official, id);

        var documents = reminded["documents"]!.AsArray();
        Assert.Equal(["Decision", "Notice", "PaymentInvitation", "PaymentReminder"], documents.Select(d => d!["kind"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(documents.Where(d => d!["kind"]!.GetValue<string>() is "Notice" or "Decision"), d => Assert.NotNull(d!["postedOn"]));
        var reminder = documents.Single(d => d!["kind"]!.GetValue<string>() == "PaymentReminder")!;
        Assert.Null(reminder["postedOn"]);

        var text = await PdfTextAsync(official, reminder["id"]!.GetValue<string>());
        Assert.Contains(reminded["payment"]!["structuredCommunication"]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.Contains("150,00", text, StringComparison.Ordinal);
        Assert.Contains("22 juli 2025", text, StringComparison.Ordinal);
        Assert.Contains(reminded["number"]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.Contains("BE94 0910 0041 5614", text, StringComparison.Ordinal);

        var tray = await official.GetOkJsonAsync("/api/v1/post-tray");
        Assert.Contains(tray.AsArray(), letter => letter!["id"]!.GetValue<string>() == reminder["id"]!.GetValue<string>());
    }

    private async Task<JsonNode> ApplyDueDeadlinesAsync(HttpClient client, string id)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var applied = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyDueDeadlinesCommand(Guid.Parse(id)));
            Assert.True(applied.IsSuccess);
        }

        return await client.GetOkJsonAsync($"/api/v1/cases/{id}");
    }

    private static async Task<string> PdfTextAsync(HttpClient client, string documentId)
    {
        using var response = await client.GetAsync($"/api/v1/documents/{documentId}");
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>+++ddd/dddd/ddddd+++ whose last two digits are the first ten modulo 97 (97 for 0).</summary>
    private static void AssertValidStructuredCommunication(string communication)
    {
        Assert.Matches(@"^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$", communication);
        var digits = communication.Replace("+", string.Empty, StringComparison.Ordinal).Replace("/", string.Empty, StringComparison.Ordinal);
        var remainder = long.Parse(digits[..10], CultureInfo.InvariantCulture) % 97;
        Assert.Equal(remainder == 0 ? 97 : remainder, long.Parse(digits[10..], CultureInfo.InvariantCulture));
    }
}
