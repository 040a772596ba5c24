using System.Net;
using System.Text.RegularExpressions;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Browser;

/// <summary>
/// The steps of the procedure posted from the case page as a browser posts them: antiforgery, Post/Redirect/Get,
/// refusals beside the field in the user's language (422 for the law; 409 for a stale page in <see cref="StaleEditTests"/>), other municipalities kept out.
/// </summary>
public sealed partial class ProcedureFormTests(SacAppFactory app) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task Recording_the_notice_as_posted_starts_the_defence_period_and_offers_the_next_steps()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        Assert.Contains("id=\"step-Notice\"", await official.GetPageAsync(CaseSteps.Page(caseId)), StringComparison.Ordinal);

        var posted = await official.PostStepAsync(caseId, "Letters/Notice/Posted", new()
        {
            ["Forms.Notice.SentAt"] = "2025-03-10",
            ["Forms.Notice.Channel"] = "RegisteredMail",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(CaseSteps.Page(caseId), posted.Headers.Location!.OriginalString);
        var page = await official.GetPageAsync(CaseSteps.Page(caseId));
        Assert.Equal("NoticeSent", await official.StatusAsync(caseId));

        // Posted on Monday 10 March: deemed received on the third working day (Thursday 13), then 15 days.
        Assert.Matches(@"id=""defence-deadline"">28/03/2025<", page);
        Assert.DoesNotContain("id=\"step-Notice\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"step-Defence\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"step-Decide\"", page, StringComparison.Ordinal);
        Assert.Contains("data-document-kind=\"Notice\"", page, StringComparison.Ordinal);
        var noticeLine = Regex.Match(WebUtility.HtmlDecode(page), @"data-event=""NoticeSent"">.*?</li>", RegexOptions.Singleline).Value;
        Assert.Contains("Aangetekende brief 10/03/2025", noticeLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "De verweertermijn loopt nog")]
    [InlineData("fr-BE", "Le délai de défense court encore")]
    public async Task A_fine_during_the_defence_period_is_refused_beside_the_decision_date_in_the_users_language(string culture, string message)
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        await app.CreateApiClient(DemoTokens.Official).SendNoticeAsync(caseId, "2025-03-10");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, culture);

        var refused = await official.PostStepAsync(caseId, "Decide", Fine("2025-03-10", "100"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("input-validation-error", Input(html, "Forms_Decide_DecidedAt"), StringComparison.Ordinal);
        Assert.Matches($@"field-validation-error[^>]*>\s*{Regex.Escape(message)}", html);
        Assert.Contains("<details class=\"step mb-2\" id=\"step-Decide\" open=\"open\">", html, StringComparison.Ordinal);
        Assert.Equal("NoticeSent", await official.StatusAsync(caseId));
    }

    [Theory]
    [InlineData("nl-BE", "De geldboete is hoger dan het maximum voor dit dossier.")]
    [InlineData("fr-BE", "L'amende dépasse le maximum applicable à ce dossier.")]
    public async Task A_fine_above_the_maximum_is_refused_beside_the_amount_and_the_amount_typed_stays(string culture, string message)
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder), factsDate: "2025-02-01");
        await app.CreateApiClient(DemoTokens.Official).SendNoticeAsync(caseId, "2025-02-03");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, culture);

        var refused = await official.PostStepAsync(caseId, "Decide", Fine("2025-03-10", "400"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var amount = Input(html, "Forms_Decide_Amount");
        Assert.Contains("input-validation-error", amount, StringComparison.Ordinal);
        Assert.Contains("value=\"400\"", amount, StringComparison.Ordinal);
        Assert.Matches($@"field-validation-error[^>]*>\s*{Regex.Escape(message)}", html);
    }

    [Fact]
    public async Task A_fine_within_the_range_after_the_defence_period_is_decided_with_its_reasons()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder), factsDate: "2025-02-01");
        await app.CreateApiClient(DemoTokens.Official).SendNoticeAsync(caseId, "2025-02-03");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var page = await official.GetPageAsync(CaseSteps.Page(caseId));
        Assert.Contains("value=\"100\"", Input(page, "Forms_Decide_Amount"), StringComparison.Ordinal);

        var decided = await official.PostStepAsync(caseId, "Decide", Fine("2025-03-10", "120,50", reasoning: "Blikje op de grond gegooid."));

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        page = WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId)));
        Assert.Equal("Decided", await official.StatusAsync(caseId));
        Assert.Matches(@"id=""decision-amount"">€\s?120,50<", page);
        Assert.Contains("Blikje op de grond gegooid.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"step-DecisionNotification\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_without_the_antiforgery_token_is_refused()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var fields = new Dictionary<string, string> { ["version"] = await official.VersionAsync(caseId), ["Forms.Notice.SentAt"] = "2025-03-10" };

        var posted = await official.PostFormAsync(CaseSteps.Page(caseId), $"/Cases/{caseId}/Letters/Notice/Posted", fields, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("Registered", await official.StatusAsync(caseId));
    }

    [Fact]
    public async Task An_official_of_another_municipality_can_neither_open_nor_change_a_Gent_case()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        var outsider = await BrowserSession.SignedInAsync(app, "outsider@demo.sac", "Demo-Outsider-2025!");

        var page = await outsider.GetAsync(CaseSteps.Page(caseId));
        var posted = await outsider.PostFormAsync("/Cases", $"/Cases/{caseId}/Letters/Notice/Posted", new()
        {
            ["version"] = "1",
            ["Forms.Notice.SentAt"] = "2025-03-10",
        });
        var prepared = await outsider.PostFormAsync("/Cases", $"/Cases/{caseId}/Letters/Notice/Prepare", []);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", posted.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, prepared.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", prepared.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        Assert.Equal("Registered", await official.StatusAsync(caseId));
        Assert.DoesNotContain("data-document-kind=", await official.GetPageAsync(CaseSteps.Page(caseId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_written_defence_keeps_its_text_and_files_and_refuses_a_file_too_large_or_of_a_fake_type()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        await app.CreateApiClient(DemoTokens.Official).SendNoticeAsync(caseId, "2025-03-10");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        var photo = SampleFiles.Jpeg("a photo of the bin");

        var tooLarge = await Defence(official, caseId, ("huge.pdf", "application/pdf", SampleFiles.Pdf(length: (10 * 1024 * 1024) + 1)));
        var fakeType = await Defence(official, caseId, ("brief.pdf", "application/pdf", "<html><script>alert(1)</script>"u8.ToArray()));
        var registered = await Defence(official, caseId, ("vuilnisbak.jpg", "image/jpeg", photo));

        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Matches(@"field-validation-error[^>]*>\s*Dit bestand is te groot\.", await tooLarge.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, fakeType.StatusCode);
        Assert.Matches(@"field-validation-error[^>]*>\s*Dit bestand is geen aanvaard type", WebUtility.HtmlDecode(await fakeType.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId)));
        Assert.Contains("De vuilnisbak was vol.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("huge.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain("brief.pdf", page, StringComparison.Ordinal);
        var link = Regex.Match(page, @"href=""(/Documents/[0-9a-f-]+)"">vuilnisbak\.jpg<");
        Assert.True(link.Success, "the attachment is listed with a download link");
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo));
        Assert.Contains($"title=\"{sha256}\"", page, StringComparison.Ordinal);

        using var download = await official.GetAsync(link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Compose_fills_the_reasons_from_the_chosen_blocks_in_the_offenders_language()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder), factsDate: "2025-02-01");
        await app.CreateApiClient(DemoTokens.Official).SendNoticeAsync(caseId, "2025-02-03");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, "fr-BE");
        var defined = await official.PostFormAsync("/Reasoning/44021/Edit", new()
        {
            ["Title"] = "Feiten vastgesteld",
            ["Topic"] = "General",
            ["TextNl"] = "Op {factsDate} om {factsTime} liet {offender} afval achter ({article}).",
            ["TextFr"] = "Le {factsDate}, {offender} a abandonné des déchets.",
        });
        Assert.Equal(HttpStatusCode.Redirect, defined.StatusCode);
        var block = Regex.Match(await official.GetPageAsync(CaseSteps.Page(caseId)), @"value=""([0-9a-f-]+)""[^>]*data-block-title=""Feiten vastgesteld""").Groups[1].Value;

        var composed = await official.PostStepAsync(caseId, "ComposeReasoning", new()
        {
            ["Forms.Decide.Kind"] = "Fine",
            ["Forms.Decide.Amount"] = "100",
            ["Forms.Decide.BlockIds"] = block,
            ["Forms.Decide.Reasoning"] = "texte qui sera remplacé",
        });

        Assert.Equal(HttpStatusCode.OK, composed.StatusCode);
        var html = WebUtility.HtmlDecode(await composed.Content.ReadAsStringAsync());
        var reasoning = Regex.Match(html, @"<textarea[^>]*id=""Forms_Decide_Reasoning""[^>]*>\s*([^<]*)</textarea>").Groups[1].Value;
        // Dutch, the offender's language, whatever the official reads the page in; the format of the time is the letters'.
        Assert.StartsWith("Op 1 februari 2025 om 22", reasoning.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("liet Janssens Els afval achter (art. 12).", reasoning.Trim(), StringComparison.Ordinal);
        Assert.Contains($"value=\"{block}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Equal("NoticeSent", await official.StatusAsync(caseId));
    }

    [Fact]
    public async Task A_mixed_infraction_goes_to_the_prosecutor_first_and_proceeds_once_he_leaves_it_to_the_official()
    {
        var offender = FindingRequests.PersonByNumber(NationalNumbers.Unique(new DateOnly(1975, 8, 3)));
        var caseId = (await app.CreateApiClient(DemoTokens.Finder).RecordAsync(FindingRequests.Finding("44021", "NIGHT-NOISE", "2025-03-01T23:30:00+01:00", offender))).Id();
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);
        Assert.DoesNotContain("id=\"step-Notice\"", await official.GetPageAsync(CaseSteps.Page(caseId)), StringComparison.Ordinal);

        var reported = await official.PostStepAsync(caseId, "ReportToProsecutor", new() { ["Forms.ReportToProsecutor.ReceivedOn"] = "2025-03-03" });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal("ReportedToProsecutor", await official.StatusAsync(caseId));
        var answered = await official.PostStepAsync(caseId, "ProsecutorAnswer", new()
        {
            ["Forms.ProsecutorAnswer.Answer"] = "LeavesToOfficial",
            ["Forms.ProsecutorAnswer.AnsweredOn"] = "2025-03-07",
        });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var page = WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId)));
        Assert.Contains("Antwoord: Laat de zaak over aan de sanctionerend ambtenaar (07/03/2025)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"step-ProsecutorAnswer\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"step-Notice\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_oral_hearing_is_planned_then_held_with_its_minutes_and_the_case_is_ready_for_decision()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder));
        await app.CreateApiClient(DemoTokens.Official).SendNoticeAsync(caseId, "2025-03-10");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword);

        var planned = await official.PostStepAsync(caseId, "ScheduleHearing", new()
        {
            ["Forms.ScheduleHearing.At"] = "2025-03-10T09:30",
            ["Forms.ScheduleHearing.Location"] = "Stadhuis, zaal 2",
        });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        Assert.Equal("HearingScheduled", await official.StatusAsync(caseId));
        var held = await official.PostStepAsync(caseId, "RecordHearing", new()
        {
            ["Forms.RecordHearing.HeldOn"] = "2025-03-10",
            ["Forms.RecordHearing.Attended"] = "true",
            ["Forms.RecordHearing.Minutes"] = "De overtreder erkent de feiten.",
        });

        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal("ReadyForDecision", await official.StatusAsync(caseId));
        var hearing = Regex.Match(WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId))), @"id=""procedure-hearing"".*?</dd>", RegexOptions.Singleline).Value;
        Assert.Contains("10/03/2025 09:30, Stadhuis, zaal 2", hearing, StringComparison.Ordinal);
        Assert.Contains("De overtreder erkent de feiten.", hearing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_appeal_that_reduces_the_fine_makes_the_reduced_amount_payable()
    {
        var caseId = await CaseSteps.LitterAsync(app.CreateApiClient(DemoTokens.Finder), factsDate: "2025-02-01");
        var officialApi = app.CreateApiClient(DemoTokens.Official);
        await officialApi.SendNoticeAsync(caseId, "2025-02-03");
        await officialApi.DecideFineAsync(caseId, "2025-03-03", 200);
        await officialApi.NotifyDecisionAsync(caseId, "2025-03-03");
        var official = await BrowserSession.SignedInAsync(app, CaseSteps.Official, CaseSteps.OfficialPassword, "fr-BE");

        var appealed = await official.PostStepAsync(caseId, "Appeal", new() { ["Forms.Appeal.FiledOn"] = "2025-03-07" });
        var tooHigh = await official.PostStepAsync(caseId, "AppealOutcome", new()
        {
            ["Forms.AppealOutcome.Outcome"] = "Reduced",
            ["Forms.AppealOutcome.ReducedAmount"] = "250",
            ["Forms.AppealOutcome.JudgedOn"] = "2025-03-10",
        });
        var reduced = await official.PostStepAsync(caseId, "AppealOutcome", new()
        {
            ["Forms.AppealOutcome.Outcome"] = "Reduced",
            ["Forms.AppealOutcome.ReducedAmount"] = "150,00",
            ["Forms.AppealOutcome.JudgedOn"] = "2025-03-10",
        });

        Assert.Equal(HttpStatusCode.Redirect, appealed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Matches(@"field-validation-error[^>]*>\s*Une sanction réduite est positive", WebUtility.HtmlDecode(await tooHigh.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, reduced.StatusCode);
        var page = WebUtility.HtmlDecode(await official.GetPageAsync(CaseSteps.Page(caseId)));
        Assert.Equal("Enforceable", await official.StatusAsync(caseId));
        Assert.Contains("Introduit le 07/03/2025 devant le tribunal de police", page, StringComparison.Ordinal);
        Assert.Matches(@"id=""amount-due"">150,00\s?€<", page);
        Assert.Contains("value=\"150\"", Input(page, "Forms_Payment_Amount"), StringComparison.Ordinal);
        Assert.Contains("data-document-kind=\"PaymentInvitation\"", page, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> Defence(BrowserSession official, string caseId, (string Name, string Type, byte[] Content) file)
    {
        var fields = new Dictionary<string, string>
        {
            ["version"] = await official.VersionAsync(caseId),
            ["Forms.Defence.ReceivedOn"] = "2025-03-10",
            ["Forms.Defence.Text"] = "De vuilnisbak was vol.",
        };
        return await official.PostMultipartAsync(
            CaseSteps.Page(caseId), $"/Cases/{caseId}/Defence", fields, [("Forms.Defence.Attachments", file.Name, file.Type, file.Content)]);
    }

    private static Dictionary<string, string> Fine(string decidedAt, string amount, string reasoning = "") => new()
    {
        ["Forms.Decide.DecidedAt"] = decidedAt,
        ["Forms.Decide.Kind"] = "Fine",
        ["Forms.Decide.Amount"] = amount,
        ["Forms.Decide.Reasoning"] = reasoning,
    };

    private static string Input(string html, string id) => Regex.Match(html, $@"<input[^>]*id=""{id}""[^>]*>").Value;
}
