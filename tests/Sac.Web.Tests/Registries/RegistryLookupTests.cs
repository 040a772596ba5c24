using System.Net;
using System.Net.Http.Headers;
using Sac.Application.Common;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Registries;

/// <summary>
/// api-v1.md's registry lookups on the demo registries: answered for finders and officials, refused (400, logged) without a
/// reference or purpose or with an invalid identifier, 401/403 for others; the vehicle holder is the one of the date asked.
/// </summary>
public sealed class RegistryLookupTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Peeters = "88022999990";

    [Fact]
    public async Task A_finder_looks_up_a_person_for_the_finding_being_recorded_and_the_lookup_is_logged()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        var reference = FindingRequests.NewExternalId("lookup");

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            var person = await finder.GetOkJsonAsync($"/api/v1/registry/persons/{Peeters}?reference={reference}&purpose=IdentifyOffender");

            Assert.Equal(Peeters, person["nationalRegisterNumber"]!.GetValue<string>());
            Assert.Equal(("Peeters", "Jan"), (person["lastName"]!.GetValue<string>(), person["firstNames"]!.GetValue<string>()));
            Assert.Equal(("1988-02-29", "Male", "nl"), (person["birthDate"]!.GetValue<string>(), person["sex"]!.GetValue<string>(), person["language"]!.GetValue<string>()));
            Assert.Equal("Gent", person["mainAddress"]!["city"]!.GetValue<string>());
            Assert.False(person["deceased"]!.GetValue<bool>());
        });

        var line = Assert.Single(lines);
        Assert.Equal(("finder@demo.sac", Roles.Finder, RegistryKind.NationalRegister), (line.UserName, line.Role, line.Registry));
        Assert.Equal((Peeters, reference, RegistryPurpose.IdentifyOffender, RegistryAccessOutcome.Answered), (line.Subject, line.Reference, line.Purpose, line.Outcome));
        Assert.Contains("mainAddress", line.FieldsReturned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_looks_up_for_a_case_under_the_officials_role()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var official = app.CreateApiClient(DemoTokens.Official);
        var caseId = await finder.RecordVehicleFindingAsync();

        var lines = await RegistryLog.WrittenByAsync(app, () =>
            official.GetOkJsonAsync($"/api/v1/registry/persons/{Peeters}?reference={caseId}&purpose=NotifyOffender"));

        var line = Assert.Single(lines);
        Assert.Equal(("official@demo.sac", Roles.SanctioningOfficial, caseId, RegistryPurpose.NotifyOffender), (line.UserName, line.Role, line.Reference, line.Purpose));
    }

    [Theory]
    [InlineData("?purpose=IdentifyOffender", "reference")]
    [InlineData("?reference=finding-x", "purpose")]
    [InlineData("", "purpose,reference")]
    [InlineData("?reference=finding-x&purpose=Curiosity", "purpose")]
    public async Task Without_reference_or_purpose_it_is_400_on_the_field_and_logged_as_refused(string query, string fields)
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.GetAsync($"/api/v1/registry/persons/{Peeters}{query}");
            await ProblemAssert.ValidationAsync(response, fields.Split(','));
        });

        var line = Assert.Single(lines);
        Assert.Equal((RegistryAccessOutcome.Refused, Peeters, "finder@demo.sac"), (line.Outcome, line.Subject, line.UserName));
        Assert.Equal(string.Empty, line.FieldsReturned);
    }

    [Theory]
    [InlineData("88022999991", "NRN_CHECKSUM")]
    [InlineData("1234", "NRN_FORMAT")]
    public async Task An_invalid_national_register_number_is_400_and_logged_as_refused(string number, string code)
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.GetAsync($"/api/v1/registry/persons/{number}?reference=finding-x&purpose=IdentifyOffender");
            var problem = await ProblemAssert.ValidationAsync(response, "nationalRegisterNumber");
            Assert.Equal([code], ProblemAssert.CodesAt(problem, "nationalRegisterNumber"));
        });

        Assert.Equal((RegistryAccessOutcome.Refused, number), (Assert.Single(lines).Outcome, lines[0].Subject));
    }

    [Fact]
    public async Task A_person_the_register_does_not_know_is_404_and_logged_as_not_found()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.GetAsync($"/api/v1/registry/persons/{NationalNumbers.For(new DateOnly(1985, 6, 15), 155)}?reference=finding-x&purpose=IdentifyOffender");
            await ProblemAssert.WithCodeAsync(response, HttpStatusCode.NotFound, "PERSON_NOT_FOUND");
        });

        Assert.Equal(RegistryAccessOutcome.NotFound, Assert.Single(lines).Outcome);
    }

    [Fact]
    public async Task Without_a_token_it_is_401_and_nothing_is_asked()
    {
        using var anonymous = app.CreateApiClient(token: null);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var person = await anonymous.GetAsync($"/api/v1/registry/persons/{Peeters}?reference=x&purpose=IdentifyOffender");
            using var vehicle = await anonymous.GetAsync("/api/v1/registry/vehicles/1GNT482?at=2025-03-01&reference=x&purpose=IdentifyOffender");
            Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (person.StatusCode, vehicle.StatusCode));
        });

        Assert.Empty(lines);
    }

    [Fact]
    public async Task Other_roles_get_403_and_the_refusal_is_logged()
    {
        using var auditor = app.CreateApiClient(DemoTokens.Auditor);
        HttpStatusCode personStatus = default, vehicleStatus = default;

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var person = await auditor.GetAsync($"/api/v1/registry/persons/{Peeters}?reference=x&purpose=IdentifyOffender");
            using var vehicle = await auditor.GetAsync("/api/v1/registry/vehicles/1GNT482?at=2025-03-01&reference=x&purpose=IdentifyOffender");
            (personStatus, vehicleStatus) = (person.StatusCode, vehicle.StatusCode);
        });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (personStatus, vehicleStatus));
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal((RegistryAccessOutcome.Refused, "auditor@demo.sac", ""), (line.Outcome, line.UserName, line.FieldsReturned)));
    }

    [Fact]
    public async Task A_finder_may_not_look_up_to_notify()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.GetAsync($"/api/v1/registry/persons/{Peeters}?reference=finding-x&purpose=NotifyOffender");

        await ProblemAssert.WithCodeAsync(response, HttpStatusCode.Forbidden, "PURPOSE_NOT_ALLOWED");
    }

    [Fact]
    public async Task A_case_of_another_municipality_is_no_reference()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        using var outsider = app.CreateApiClient(DemoTokens.Outsider);
        var gentCase = await finder.RecordVehicleFindingAsync();

        using var response = await outsider.GetAsync($"/api/v1/registry/persons/{Peeters}?reference={gentCase}&purpose=IdentifyOffender");

        var problem = await ProblemAssert.ValidationAsync(response, "reference");
        Assert.Equal(["REFERENCE_UNKNOWN"], ProblemAssert.CodesAt(problem, "reference"));
    }

    [Theory]
    [InlineData("2025-03-04", "Dupont", "95031720144")]
    [InlineData("2025-03-05", "Maes", "75120131850")]
    [InlineData("2026-01-15", "Maes", "75120131850")]
    public async Task The_holder_of_a_plate_is_the_one_of_the_date_asked(string at, string name, string number)
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            var holder = await finder.GetOkJsonAsync($"/api/v1/registry/vehicles/1-GNT-482?at={at}&reference=finding-y&purpose=IdentifyOffender");
            Assert.Equal((name, number), (holder["name"]!.GetValue<string>(), holder["nationalRegisterNumber"]!.GetValue<string>()));
            Assert.Equal("1GNT482", holder["plate"]!.GetValue<string>());
        });

        var line = Assert.Single(lines);
        Assert.Equal((RegistryKind.VehicleRegistry, "1GNT482", DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)), (line.Registry, line.Subject, line.AtDate));
    }

    [Fact]
    public async Task A_company_car_has_the_company_as_holder()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var holder = await finder.GetOkJsonAsync("/api/v1/registry/vehicles/1-LGE-730?at=2025-03-01&reference=finding-z&purpose=IdentifyOffender");

        Assert.Equal(("0831797467", "Transports Mosans SA"), (holder["enterpriseNumber"]!.GetValue<string>(), holder["name"]!.GetValue<string>()));
        Assert.Null(holder["nationalRegisterNumber"]);
    }

    [Theory]
    [InlineData("1GNT482", "", "at", "DATE_REQUIRED")]
    [InlineData("1GNT482", "01-03-2025", "at", "DATE_INVALID")]
    [InlineData("1-ABO-123", "2025-03-01", "plate", "PLATE_FORMAT")]
    public async Task A_vehicle_lookup_without_a_readable_date_or_plate_is_400_and_logged(string plate, string at, string field, string code)
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.GetAsync($"/api/v1/registry/vehicles/{plate}?at={at}&reference=finding-x&purpose=IdentifyOffender");
            var problem = await ProblemAssert.ValidationAsync(response, field);
            Assert.Equal([code], ProblemAssert.CodesAt(problem, field));
        });

        Assert.Equal(RegistryAccessOutcome.Refused, Assert.Single(lines).Outcome);
    }

    [Fact]
    public async Task A_plate_without_a_holder_on_that_date_is_404()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        using var foreign = await finder.GetAsync("/api/v1/registry/vehicles/BXY1234?at=2025-03-01&reference=finding-x&purpose=IdentifyOffender");
        using var beforeFirstHolder = await finder.GetAsync("/api/v1/registry/vehicles/1GNT482?at=2019-05-01&reference=finding-x&purpose=IdentifyOffender");

        await ProblemAssert.WithCodeAsync(foreign, HttpStatusCode.NotFound, "HOLDER_NOT_FOUND");
        await ProblemAssert.WithCodeAsync(beforeFirstHolder, HttpStatusCode.NotFound, "HOLDER_NOT_FOUND");
    }

    [Fact]
    public async Task A_company_is_looked_up_in_the_enterprise_register()
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);

        var company = await finder.GetOkJsonAsync("/api/v1/registry/companies/0440.966.354?reference=finding-x&purpose=IdentifyOffender");

        Assert.Equal(("Schoonmaak Gent BV", true), (company["name"]!.GetValue<string>(), company["active"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("nl-BE", "Probeer het later opnieuw")]
    [InlineData("fr-BE", "Réessayez plus tard")]
    public async Task The_demo_plate_that_fails_answers_503_with_retry_after_in_the_callers_language(string culture, string words)
    {
        using var finder = app.CreateApiClient(DemoTokens.Finder);
        finder.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));

        var lines = await RegistryLog.WrittenByAsync(app, async () =>
        {
            using var response = await finder.GetAsync("/api/v1/registry/vehicles/1-ERR-503?at=2025-03-01&reference=finding-x&purpose=IdentifyOffender");
            var problem = await ProblemAssert.WithCodeAsync(response, HttpStatusCode.ServiceUnavailable, "REGISTRY_UNAVAILABLE");
            Assert.Contains(words, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        });

        Assert.Equal(RegistryAccessOutcome.Failed, Assert.Single(lines).Outcome);
    }
}
