using System.Net;
using System.Text;
using Sac.Domain.Audit;
using Sac.Testing;
using Sac.Web.Tests.Audit;

namespace Sac.Web.Tests.Browser;

/// <summary>The regulation exported as CSV and XLSX and imported back: previewed, all or nothing, idempotent, audited (own database).</summary>
public sealed class RegulationImportTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    private const string Admin = "admin@demo.sac";
    private const string AdminPassword = "Demo-Admin-2025!";
    private const string FrenchHeaders =
        "Code;Catégorie;Article;Libellé NL;Libellé FR;Minimum;Maximum;Montant par défaut;Maximum en cas de récidive;Mineurs;Protocole d'accord sans procureur;En vigueur du;En vigueur jusqu'au";

    [Theory]
    [InlineData("csv", "nl-BE")]
    [InlineData("xlsx", "fr-BE")]
    public async Task An_export_imported_again_changes_nothing(string format, string culture)
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword, culture);
        var file = await (await admin.GetAsync($"/Municipalities/Export/44021?format={format}")).Content.ReadAsByteArrayAsync();
        var entriesBefore = (await app.EntriesAboutAsync("44021", "&municipality=44021")).Count;
        var nlAdmin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword); // the other language's headers are read too

        var preview = await ImportAsync(nlAdmin, "44021", file, $"regulation.{format}");
        var confirmed = await ImportAsync(nlAdmin, "44021", file, $"regulation.{format}", confirm: true);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("data-outcome=\"Unchanged\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-outcome=\"Added\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-outcome=\"Changed\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"import-nothing\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(entriesBefore, (await app.EntriesAboutAsync("44021", "&municipality=44021")).Count);
    }

    [Fact]
    public async Task A_new_version_and_a_new_infraction_are_previewed_then_stored_once_and_audited()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);
        var file = Csv(
            "TEST-NEW;PureAdministrative;art. 99;Nieuwe inbreuk;Nouvelle infraction;50;300;100;;Oui;Non;2025-03-01;",
            "TEST-NEW;PureAdministrative;art. 99;Nieuwe inbreuk, versie 2;Nouvelle infraction, version 2;60;350;120;500;ja;nee;01/06/2025;");

        var preview = await ImportAsync(admin, "21004", file, "regels.csv");
        var stored = await ImportAsync(admin, "21004", file, "regels.csv", confirm: true);
        var again = await ImportAsync(admin, "21004", file, "regels.csv", confirm: true);

        Assert.Equal(2, CountOf(await preview.Content.ReadAsStringAsync(), "data-outcome=\"Added\""));
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var history = WebUtility.HtmlDecode(await admin.GetPageAsync("/Municipalities/Infraction/21004/TEST-NEW"));
        Assert.Contains("01/03/2025 – 31/05/2025", history, StringComparison.Ordinal);
        Assert.Contains("Nieuwe inbreuk, versie 2", history, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(history, "class=\"infraction-change\"")); // stored together: the first version is added already ended
        var entries = await app.EntriesAboutAsync("TEST-NEW", "&municipality=21004");
        Assert.Equal([AuditAction.InfractionDefined, AuditAction.InfractionDefined], entries.Actions());
        Assert.All(entries, e => Assert.Equal(Admin, e!["user"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("nl-BE", "Onbekende categorie", "is geen bestaande datum", "Categorie", "Geldig vanaf")]
    [InlineData("fr-BE", "Catégorie inconnue", "n'est pas une date existante", "Catégorie", "En vigueur du")]
    public async Task Unreadable_cells_are_listed_per_line_and_column_and_nothing_is_stored(string culture, string category, string date, string categoryColumn, string dateColumn)
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword, culture);
        var file = Csv(
            "TEST-GOOD;PureAdministrative;art. 1;Goed;Bon;50;300;100;;Oui;Non;2025-03-01;",
            "TEST-BAD;Lawaai;art. 2;Fout;Faux;50;300;100;;Oui;Non;2023-02-29;");

        var refused = await ImportAsync(admin, "62063", file, "regels.csv", confirm: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Matches($@"<td>3</td>\s*<td>{categoryColumn}</td>\s*<td>{category}", html);
        Assert.Matches($@"<td>3</td>\s*<td>{dateColumn}</td>\s*<td>[^<]*2023-02-29[^<]*{date}", html);
        Assert.DoesNotContain("TEST-GOOD", await admin.GetPageAsync("/Municipalities/Details/62063"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Minimum", "Het minimum ligt boven het maximum.")]
    [InlineData("fr-BE", "Minimum", "Le minimum dépasse le maximum.")]
    public async Task A_row_the_domain_refuses_stores_nothing_of_the_file(string culture, string column, string message)
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword, culture);
        var file = Csv(
            "TEST-FINE;PureAdministrative;art. 1;Goed;Bon;50;300;100;;Oui;Non;2025-03-01;",
            "TEST-ABOVE;PureAdministrative;art. 2;Fout;Faux;400;300;;;Oui;Non;2025-03-01;");

        var refused = await ImportAsync(admin, "62063", file, "regels.csv", confirm: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Matches($@"<td>3</td>\s*<td>{column}</td>\s*<td>{message}", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("TEST-FINE", await admin.GetPageAsync("/Municipalities/Details/62063"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_file_named_xlsx_is_refused_beside_the_file_field()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);

        var refused = await ImportAsync(admin, "44021", Csv("TEST-FAKE;PureAdministrative;art. 1;A;B;50;300;100;;Oui;Non;2025-03-01;"), "regels.xlsx", confirm: true);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Dit is geen leesbaar CSV-bestand (UTF-8) of XLSX-werkmap.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("TEST-FAKE", await admin.GetPageAsync("/Municipalities/Details/44021"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_of_other_municipalities_cannot_import_here()
    {
        var admin = await BrowserSession.SignedInAsync(app, Admin, AdminPassword);

        var refused = await ImportAsync(admin, "11002", Csv("TEST-FOREIGN;PureAdministrative;art. 1;A;B;50;300;100;;Oui;Non;2025-03-01;"), "regels.csv", confirm: true);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Empty(await app.EntriesAboutAsync("TEST-FOREIGN"));
    }

    private static Task<HttpResponseMessage> ImportAsync(BrowserSession admin, string nis, byte[] file, string fileName, bool confirm = false)
    {
        var contentType = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        return admin.PostMultipartAsync("/Municipalities/Details/44021", $"/Municipalities/Import/{nis}",
            confirm ? new() { ["Confirm"] = "true" } : [], [("File", fileName, contentType, file)]);
    }

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [FrenchHeaders, .. rows]) + "\r\n");

    private static int CountOf(string html, string marker) => (html.Length - html.Replace(marker, string.Empty, StringComparison.Ordinal).Length) / marker.Length;
}
