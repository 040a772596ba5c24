using Microsoft.Playwright;

namespace Sac.EndToEnd.Tests;

/// <summary>
/// The finder looks up the holder of a plate on the date of the facts; the form fills in the holder and keeps the plate; the
/// official sees the identified offender with the vehicle. Then a person lookup, and a clear message when nobody is found.
/// </summary>
public sealed class RegistryLookupJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Finder_looks_up_the_holder_of_a_plate_and_records_the_finding_with_the_holder()
    {
        var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-BE", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var finder = await phone.NewPageAsync();
        await fixture.SignInAsync(finder, "finder@demo.sac", "Demo-Finder-2025!");

        await finder.GotoAsync($"{fixture.App.BaseUrl}/Findings/New");
        await finder.SelectOptionAsync("#Municipality", "44021");
        await finder.SelectOptionAsync("#InfractionCode", "PARK-PROHIBITED");
        await finder.FillAsync("#FactsAt", "2025-03-04T21:30");
        await finder.FillAsync("#Street", "Korenmarkt");
        await finder.FillAsync("#PostalCode", "9000");
        await finder.ClickAsync("label[for='OffenderType-Vehicle']");
        await finder.FillAsync("#Plate", "1-GNT-482");
        await finder.ClickAsync("#lookup-vehicle");

        // Held by Thomas Dupont until 4 March 2025: the facts of that evening are his.
        await Assertions.Expect(finder.Locator("#lookup-status")).ToContainTextAsync("Houder van 1-GNT-482 op 04/03/2025");
        await Assertions.Expect(finder.Locator("#OffenderType-Person")).ToBeCheckedAsync();
        await Assertions.Expect(finder.Locator("#NationalRegisterNumber")).ToHaveValueAsync("95031720144");
        await Assertions.Expect(finder.Locator("#LastName")).ToHaveValueAsync("Dupont");
        await Assertions.Expect(finder.Locator("#Language")).ToHaveValueAsync("fr");
        await finder.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("nl-BE", "lookup-1-holder"), FullPage = true });
        await finder.ClickAsync("#record-finding");

        var caseNumber = (await finder.Locator("#case-number").InnerTextAsync()).Trim();
        var desk = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-BE" });
        var official = await desk.NewPageAsync();
        await fixture.SignInAsync(official, "official@demo.sac", "Demo-Official-2025!");
        await official.GotoAsync($"{fixture.App.BaseUrl}/Cases?Municipality=44021");
        await official.Locator($"#cases [data-case-number='{caseNumber}'] a").First.ClickAsync();
        await Assertions.Expect(official.Locator("#offender")).ToContainTextAsync("Dupont Thomas");
        await Assertions.Expect(official.Locator("#offender-plate")).ToHaveTextAsync("1-GNT-482");
        await Assertions.Expect(official.Locator("#offender")).ToContainTextAsync("Rue du Midi 80");

        await phone.CloseAsync();
        await desk.CloseAsync();
    }

    [Theory]
    [InlineData("nl-BE", "Het Rijksregister kent geen persoon met dit nummer.")]
    [InlineData("fr-BE", "Le Registre national ne connaît aucune personne portant ce numéro.")]
    public async Task Finder_looks_up_a_person_and_is_told_clearly_when_nobody_is_found(string locale, string notFound)
    {
        var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var finder = await phone.NewPageAsync();
        await fixture.SignInAsync(finder, "finder@demo.sac", "Demo-Finder-2025!");
        await finder.GotoAsync($"{fixture.App.BaseUrl}/Findings/New");

        await finder.FillAsync("#NationalRegisterNumber", "88.02.29-999.90");
        await finder.ClickAsync("#lookup-person");
        await Assertions.Expect(finder.Locator("#LastName")).ToHaveValueAsync("Peeters");
        await Assertions.Expect(finder.Locator("#FirstName")).ToHaveValueAsync("Jan");
        await Assertions.Expect(finder.Locator("#BirthDate")).ToHaveValueAsync("1988-02-29");

        await finder.FillAsync("#NationalRegisterNumber", "85061515558");
        await finder.ClickAsync("#lookup-person");
        await Assertions.Expect(finder.Locator("#lookup-status")).ToHaveTextAsync(notFound);

        await phone.CloseAsync();
    }
}
