using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Sac.Domain.Payments;
using Sac.Testing;
using Sac.Web.Tests.Audit;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Payments;

/// <summary>
/// Statements of Gent's account imported through the API on a real database: every credit put on the case it pays or
/// left unmatched with its reason, partial, double and over-payments kept, and the same file twice changing nothing.
/// </summary>
public sealed class BankStatementImportTests(June2025AppFactory factory) : IClassFixture<June2025AppFactory>
{
    private const string Gent = "/api/v1/municipalities/44021";

    [Fact]
    public async Task A_coda_file_pays_by_communication_adds_up_a_partial_payment_and_keeps_the_unknown_line_and_again_changes_nothing()
    {
        var full = await FinesAwaitingPayment.CreateAsync(factory, 200m, "Pieter", "Claes");
        var partial = await FinesAwaitingPayment.CreateAsync(factory, 150m, "Anna", "Wouters");
        var unknown = StructuredCommunication.ForCase(2019, 777).ToString();
        var file = StatementFiles.Coda(
            StatementFiles.GentIban,
            101,
            new Movement("CODA101-FULL", 200m, full.Communication(), "PIETER CLAES"),
            new Movement("CODA101-PART", 50m, partial.Communication(), "ANNA WOUTERS"),
            new Movement("CODA101-UNKNOWN", 75m, unknown, "IEMAND ANDERS"),
            new Movement("CODA101-DEBIT", -15.50m, null, "LUC DUBOIS", "TERUGBETALING"));

        var first = await ImportAsync(file, HttpStatusCode.Created);

        Assert.Equal("Coda", first["format"]!.GetValue<string>());
        Assert.False(first["alreadyImported"]!.GetValue<bool>());
        Assert.Equal(
            [
                ("CODA101-DEBIT", "Debit", null, null, -15.50m),
                ("CODA101-FULL", "Matched", null, full.Number(), 200m),
                ("CODA101-PART", "Matched", null, partial.Number(), 50m),
                ("CODA101-UNKNOWN", "Unmatched", "UnknownCommunication", null, 75m),
            ],
            Outcomes(first));
        var paid = await FinesAwaitingPayment.ReadAsync(factory, full.Id());
        Assert.Equal(("Paid", 200m, 0m), (paid.Status(), paid.Money("amountPaid"), paid.Money("outstanding")));
        var partly = await FinesAwaitingPayment.ReadAsync(factory, partial.Id());
        Assert.Equal(("PaymentReminded", 50m, 100m), (partly.Status(), partly.Money("amountPaid"), partly.Money("outstanding")));
        var payment = Assert.Single(partly["payment"]!["payments"]!.AsArray())!;
        Assert.Equal(("2025-06-18", partial.Communication()), (payment["paidOn"]!.GetValue<string>(), payment["communication"]!.GetValue<string>()));
        Assert.Contains("CODA101-UNKNOWN", await UnmatchedReferencesAsync());
        var statementId = first["id"]!.GetValue<string>();
        Assert.Equal(["BankStatementImported"], (await factory.EntriesAboutAsync(statementId)).Actions());
        Assert.Single((await factory.EntriesAboutAsync(full.Id())).Actions(), a => a == "PaymentRegistered");

        var again = await ImportAsync(file, HttpStatusCode.OK);

        Assert.True(again["alreadyImported"]!.GetValue<bool>());
        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.Equal(Outcomes(first), Outcomes(again));
        Assert.Equal(Snapshot(paid), Snapshot(await FinesAwaitingPayment.ReadAsync(factory, full.Id())));
        Assert.Equal(Snapshot(partly), Snapshot(await FinesAwaitingPayment.ReadAsync(factory, partial.Id())));
        Assert.Single(await UnmatchedReferencesAsync(), r => r == "CODA101-UNKNOWN");
        Assert.Equal(["BankStatementImported"], (await factory.EntriesAboutAsync(statementId)).Actions());
        Assert.Single((await factory.EntriesAboutAsync(full.Id())).Actions(), a => a == "PaymentRegistered");
    }

    [Fact]
    public async Task A_camt_file_pays_by_name_and_amount_only_one_candidate_keeps_a_double_payment_to_refund_and_again_changes_nothing()
    {
        var byName = await FinesAwaitingPayment.CreateAsync(factory, 175m, "Marie-Claire", "Dupont");
        var namesake = await FinesAwaitingPayment.CreateAsync(factory, 95m, "Koen", "Smet");
        var otherNamesake = await FinesAwaitingPayment.CreateAsync(factory, 95m, "Koen", "Smet");
        var twice = await FinesAwaitingPayment.CreateAsync(factory, 120m, "Lotte", "Vermeulen");
        var file = StatementFiles.Camt(
            StatementFiles.GentIban,
            "2025-201",
            new Movement("CAMT201-NAME", 175m, null, "DUPONT MARIE-CLAIRE", "boete"),
            new Movement("CAMT201-TWO", 95m, null, "Smet Koen", "GAS"),
            new Movement("CAMT201-ONCE", 120m, twice.Communication(), "LOTTE VERMEULEN"),
            new Movement("CAMT201-TWICE", 120m, twice.Communication(), "LOTTE VERMEULEN"),
            new Movement("CAMT201-NOBODY", 30m, null, "JAN ONBEKEND", "boete"));

        var first = await ImportAsync(file, HttpStatusCode.Created);

        Assert.Equal("Camt053", first["format"]!.GetValue<string>());
        Assert.Equal(
            [
                ("CAMT201-NAME", "Matched", null, byName.Number(), 175m),
                ("CAMT201-NOBODY", "Unmatched", "NoCandidate", null, 30m),
                ("CAMT201-ONCE", "Matched", null, twice.Number(), 120m),
                ("CAMT201-TWICE", "Matched", null, twice.Number(), 120m),
                ("CAMT201-TWO", "Unmatched", "SeveralCandidates", null, 95m),
            ],
            Outcomes(first));
        Assert.Equal("Paid", (await FinesAwaitingPayment.ReadAsync(factory, byName.Id())).Status());
        Assert.Equal(0, (await FinesAwaitingPayment.ReadAsync(factory, namesake.Id())).PaymentCount());
        Assert.Equal(0, (await FinesAwaitingPayment.ReadAsync(factory, otherNamesake.Id())).PaymentCount());
        var doubled = await FinesAwaitingPayment.ReadAsync(factory, twice.Id());
        Assert.Equal(("Paid", 240m, 0m, 120m), (doubled.Status(), doubled.Money("amountPaid"), doubled.Money("outstanding"), doubled.Money("overpaid")));

        var again = await ImportAsync(file, HttpStatusCode.OK);

        Assert.True(again["alreadyImported"]!.GetValue<bool>());
        Assert.Equal(Outcomes(first), Outcomes(again));
        Assert.Equal(Snapshot(doubled), Snapshot(await FinesAwaitingPayment.ReadAsync(factory, twice.Id())));
    }

    [Fact]
    public async Task An_over_payment_is_refunded_up_to_what_is_overpaid()
    {
        var over = await FinesAwaitingPayment.CreateAsync(factory, 80m, "Bram", "Goossens");
        await ImportAsync(StatementFiles.Coda(StatementFiles.GentIban, 102, new Movement("CODA102-OVER", 100m, over.Communication(), "BRAM GOOSSENS")), HttpStatusCode.Created);
        var paid = await FinesAwaitingPayment.ReadAsync(factory, over.Id());
        Assert.Equal(("Paid", 20m), (paid.Status(), paid.Money("overpaid")));
        using var official = factory.CreateApiClient(DemoTokens.Official);

        using var tooMuch = await official.PostJsonAsync(ProcedureSteps.Step(over.Id(), "refunds"), Refund(20.01m));
        var refunded = await official.StepAsync(over.Id(), "refunds", Refund(20m));

        await AssertFieldErrorAsync(tooMuch, "amount", "REFUND_EXCEEDS_OVERPAID");
        Assert.Equal((0m, 20m, 100m), (refunded.Money("overpaid"), refunded.Money("amountRefunded"), refunded.Money("amountPaid")));
        var refund = Assert.Single(refunded["payment"]!["refunds"]!.AsArray())!;
        Assert.Equal(("2025-06-19", 20m, "BE71096123456769"), (refund["refundedOn"]!.GetValue<string>(), refund["amount"]!.GetValue<decimal>(), refund["iban"]!.GetValue<string>()));
        Assert.Contains("RefundRecorded", refunded.TimelineTypes());
    }

    [Fact]
    public async Task A_payment_naming_a_case_that_owes_nothing_yet_is_left_unmatched()
    {
        var decided = await FinesAwaitingPayment.DecidedAsync(factory, 60m, "Wim", "Lambrechts");

        var imported = await ImportAsync(
            StatementFiles.Coda(StatementFiles.GentIban, 103, new Movement("CODA103-EARLY", 60m, StructuredCommunication.ForCase(2025, int.Parse(decided.Number()[^6..], System.Globalization.CultureInfo.InvariantCulture)).ToString(), "WIM LAMBRECHTS")),
            HttpStatusCode.Created);

        Assert.Equal([("CODA103-EARLY", "Unmatched", "NothingOwed", null, 60m)], Outcomes(imported));
        Assert.Null((await FinesAwaitingPayment.ReadAsync(factory, decided.Id()))["payment"]);
    }

    [Fact]
    public async Task The_official_assigns_an_unmatched_line_to_a_case_or_sets_it_aside()
    {
        var owed = await FinesAwaitingPayment.CreateAsync(factory, 65m, "Ilse", "Maes");
        await ImportAsync(
            StatementFiles.Coda(
                StatementFiles.GentIban,
                104,
                new Movement("CODA104-HERS", 65m, null, "I. MAES", "boete Ilse"),
                new Movement("CODA104-RENT", 650m, null, "VZW DE KRING", "huur zaal")),
            HttpStatusCode.Created);
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var queue = await official.GetOkJsonAsync($"{Gent}/bank-statement-entries/unmatched");
        var hers = queue.AsArray().Single(l => l!["bankReference"]!.GetValue<string>() == "CODA104-HERS")!;
        var rent = queue.AsArray().Single(l => l!["bankReference"]!.GetValue<string>() == "CODA104-RENT")!;

        using var stale = await official.PostJsonAsync(
            $"{Gent}/bank-statement-entries/{hers["id"]}/assignment", new JsonObject { ["caseNumber"] = owed.Number(), ["version"] = hers["version"]!.GetValue<int>() + 1 });
        using var noNote = await official.PostJsonAsync($"{Gent}/bank-statement-entries/{rent["id"]}/set-aside", new JsonObject { ["note"] = " " });
        using var assigned = await official.PostJsonAsync(
            $"{Gent}/bank-statement-entries/{hers["id"]}/assignment", new JsonObject { ["caseNumber"] = owed.Number(), ["version"] = hers["version"]!.GetValue<int>() });
        using var setAside = await official.PostJsonAsync($"{Gent}/bank-statement-entries/{rent["id"]}/set-aside", new JsonObject { ["note"] = "Huur van de feestzaal" });
        using var twice = await official.PostJsonAsync($"{Gent}/bank-statement-entries/{rent["id"]}/set-aside", new JsonObject { ["note"] = "Nog eens" });

        await stale.AssertStatusAsync(HttpStatusCode.Conflict);
        await AssertFieldErrorAsync(noNote, "note", "BANK_ENTRY_NOTE_REQUIRED");
        await assigned.AssertStatusAsync(HttpStatusCode.OK);
        var line = await assigned.ReadJsonAsync();
        Assert.Equal(("Assigned", owed.Number()), (line["state"]!.GetValue<string>(), line["caseNumber"]!.GetValue<string>()));
        await setAside.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("SetAside", (await setAside.ReadJsonAsync())["state"]!.GetValue<string>());
        await ProblemAssert.WithCodeAsync(twice, HttpStatusCode.UnprocessableEntity, "BANK_ENTRY_NOT_UNMATCHED");
        var paid = await FinesAwaitingPayment.ReadAsync(factory, owed.Id());
        Assert.Equal(("Paid", 65m), (paid.Status(), paid.Money("amountPaid")));
        var after = await UnmatchedReferencesAsync();
        Assert.DoesNotContain("CODA104-HERS", after);
        Assert.DoesNotContain("CODA104-RENT", after);
    }

    [Fact]
    public async Task A_statement_of_another_account_is_refused_and_nothing_is_stored()
    {
        var response = await PostAsync(DemoTokens.Official, Gent, StatementFiles.Coda(StatementFiles.BrusselsIban, 105, new Movement("CODA105-X", 10m, null, "X", "x")));

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.UnprocessableEntity, "BANK_STATEMENT_WRONG_ACCOUNT");
        Assert.DoesNotContain("CODA105-X", await UnmatchedReferencesAsync());
    }

    [Fact]
    public async Task An_unreadable_file_is_refused_field_by_field_and_nothing_is_stored()
    {
        var file = StatementFiles.Coda(StatementFiles.GentIban, 106, new Movement("CODA106-X", 10m, null, "X", "x"));
        var truncated = file[..file.LastIndexOf('\n')];

        var refused = await PostAsync(DemoTokens.Official, Gent, truncated);

        await AssertFieldErrorAsync(refused, "record 9", "CODA_TRAILER_MISSING");
        Assert.DoesNotContain("CODA106-X", await UnmatchedReferencesAsync());
        await ImportAsync(file, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_municipality_s_official_is_refused()
    {
        var file = StatementFiles.Coda(StatementFiles.GentIban, 107, new Movement("CODA107-X", 10m, null, "X", "x"));

        using var outsider = await PostAsync(DemoTokens.Outsider, Gent, file);
        using var finder = await PostAsync(DemoTokens.Finder, Gent, file);
        using var antwerp = await PostAsync(DemoTokens.Official, "/api/v1/municipalities/11002", file);
        using var reader = factory.CreateApiClient(DemoTokens.Outsider);
        using var queue = await reader.GetAsync($"{Gent}/bank-statement-entries/unmatched");

        await outsider.AssertStatusAsync(HttpStatusCode.Forbidden);
        await finder.AssertStatusAsync(HttpStatusCode.Forbidden);
        await antwerp.AssertStatusAsync(HttpStatusCode.Forbidden);
        await queue.AssertStatusAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain("CODA107-X", await UnmatchedReferencesAsync());
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string code) =>
        Assert.Equal([code], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(response, field), field));

    private static JsonObject Refund(decimal amount) => new() { ["refundedOn"] = "2025-06-19", ["amount"] = amount, ["iban"] = "BE71 0961 2345 6769" };

    private async Task<JsonNode> ImportAsync(string file, HttpStatusCode expected)
    {
        using var response = await PostAsync(DemoTokens.Official, Gent, file);
        await response.AssertStatusAsync(expected);
        return await response.ReadJsonAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string token, string municipality, string file)
    {
        using var client = factory.CreateApiClient(token);
        return await client.PostAsync($"{municipality}/bank-statements", new ByteArrayContent(Encoding.UTF8.GetBytes(file)));
    }

    private async Task<List<string>> UnmatchedReferencesAsync()
    {
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var queue = await official.GetOkJsonAsync($"{Gent}/bank-statement-entries/unmatched");
        return [.. queue.AsArray().Select(l => l!["bankReference"]!.GetValue<string>())];
    }

    /// <summary>Each line as (bank reference, state, reason, case number, amount), by reference.</summary>
    private static List<(string, string, string?, string?, decimal)> Outcomes(JsonNode statement) =>
        [.. statement["lines"]!.AsArray()
            .Select(l => (
                l!["bankReference"]!.GetValue<string>(),
                l["state"]!.GetValue<string>(),
                l["reason"]?.GetValue<string>(),
                l["caseNumber"]?.GetValue<string>(),
                l["amount"]!.GetValue<decimal>()))
            .OrderBy(l => l.Item1, StringComparer.Ordinal)];

    private static (string, int, int, decimal) Snapshot(JsonNode caseBody) =>
        (caseBody.Status(), caseBody.Version(), caseBody.PaymentCount(), caseBody.Money("amountPaid"));
}
