using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Infrastructure.Persistence;
using Sac.Testing;
using Sac.Web.Tests.Browser;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Audit;

/// <summary>What lands in the audit trail, and that it lands with the change or not at all.</summary>
public sealed class AuditCaptureTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task A_step_of_a_case_is_audited_with_the_status_and_version_it_changed()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("step")));
        using var official = factory.CreateApiClient(DemoTokens.Official);

        await official.SendNoticeAsync(opened.Id(), "2025-03-10");

        var notice = (await factory.EntriesAboutAsync(opened.Id())).Single(CaseEvent.NoticeSent);
        Assert.Equal("official@demo.sac", notice["user"]!.GetValue<string>());
        Assert.Equal(["SanctioningOfficial"], notice["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("""{"status":"Registered","version":1}""", notice["before"]!.ToJsonString());
        Assert.Equal("""{"status":"NoticeSent","version":2}""", notice["after"]!.ToJsonString());
    }

    [Fact]
    public async Task A_refused_step_leaves_no_audit_entry()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("refused")));
        using var official = factory.CreateApiClient(DemoTokens.Official);
        var before = (await factory.EntriesAboutAsync(opened.Id())).Count;

        using var refused = await official.PostJsonAsync(
            ProcedureSteps.Step(opened.Id(), "decisions"), new JsonObject { ["decidedAt"] = "2025-03-10", ["kind"] = "Fine", ["amount"] = 10000 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(before, (await factory.EntriesAboutAsync(opened.Id())).Count);
    }

    [Fact]
    public async Task A_step_whose_save_fails_leaves_no_audit_entry_the_same_transaction()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("conflict")));
        var id = Guid.Parse(opened.Id());
        await using var stale = factory.Services.CreateAsyncScope();
        var mine = await stale.ServiceProvider.GetRequiredService<ICaseRepository>().GetAsync(id, CancellationToken.None);
        Assert.True(mine!.Close(CloseReason.NoSanction, null, factory.Now, "official@demo.sac").IsSuccess);

        // Meanwhile another official sends the notice: the stale close loses the version check.
        using var official = factory.CreateApiClient(DemoTokens.Official);
        await official.SendNoticeAsync(opened.Id(), "2025-03-10");
        await Assert.ThrowsAsync<ConcurrentUpdateException>(() => stale.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));

        var entries = await factory.EntriesAboutAsync(opened.Id());
        Assert.Equal([CaseEvent.NoticeSent, AuditAction.CaseCreated], entries.Actions());
        Assert.Empty(stale.ServiceProvider.GetRequiredService<SacDbContext>().ChangeTracker.Entries<AuditEntry>());
    }

    [Fact]
    public async Task Demo_tokens_are_audited_as_created_by_Sac()
    {
        var created = (await factory.EntriesAboutAsync("official@demo.sac", "&action=ApiTokenCreated")).Single(AuditAction.ApiTokenCreated);

        Assert.Equal(AuditActor.SystemName, created["user"]!.GetValue<string>());
        Assert.Equal("demo", created["after"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("hash", created.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_in_failure_and_sign_out_are_audited()
    {
        // The admin signs in nowhere else in this class: one of each.
        var admin = await BrowserSession.SignedInAsync(factory, "admin@demo.sac", "Demo-Admin-2025!");
        using var wrong = await new BrowserSession(factory).PostFormAsync("/Account/SignIn", new() { ["Email"] = "admin@demo.sac", ["Password"] = "not-the-password" });
        using var signedOut = await admin.PostFormAsync("/Cases", "/Account/SignOut", []);

        var entries = await factory.EntriesAboutAsync("admin@demo.sac", "&from=2025-03-10");

        Assert.Equal([AuditAction.SignedOut, AuditAction.SignInFailed, AuditAction.SignedIn], entries.Actions().Take(3));
        Assert.Equal(["Finder", "SanctioningOfficial", "MunicipalAdmin", "SystemAdmin"], entries[2]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("InvalidCredentials", entries[1]!["after"]!["reason"]!.GetValue<string>());
        Assert.Empty(entries[1]!["roles"]!.AsArray());
        Assert.Equal("admin@demo.sac", entries[0]!["user"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_is_revoked_by_its_owner_audited_and_no_longer_authenticates()
    {
        var (tokenId, token) = await factory.IssueTokenAsync("finder@demo.sac");
        using var official = factory.CreateApiClient(DemoTokens.Official);
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var device = factory.CreateApiClient(token);
        await (await device.GetAsync("/api/v1/cases")).AssertStatusAsync(HttpStatusCode.OK);

        using var notYours = await official.DeleteAsync($"/api/v1/tokens/{tokenId}");
        using var unknown = await finder.DeleteAsync($"/api/v1/tokens/{Guid.NewGuid()}");
        using var revoked = await finder.DeleteAsync($"/api/v1/tokens/{tokenId}");

        Assert.Equal(HttpStatusCode.Forbidden, notYours.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.GetAsync("/api/v1/cases")).StatusCode);
        var entry = (await factory.EntriesAboutAsync("finder@demo.sac", "&action=ApiTokenRevoked")).Single(AuditAction.ApiTokenRevoked);
        Assert.Equal("finder@demo.sac", entry["user"]!.GetValue<string>());
        Assert.Equal(tokenId.ToString(), entry["after"]!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_case_page_shows_what_each_step_changed()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("page")));
        using var api = factory.CreateApiClient(DemoTokens.Official);
        await api.SendNoticeAsync(opened.Id(), "2025-03-10");
        var official = await BrowserSession.SignedInAsync(factory, "official@demo.sac", "Demo-Official-2025!");

        var page = await official.GetPageAsync($"/Cases/Details/{opened.Id()}");

        Assert.Contains("data-audit-action=\"NoticeSent\"", page, StringComparison.Ordinal);
        Assert.Contains("data-before=\"Registered\" data-after=\"NoticeSent\"", page, StringComparison.Ordinal);
        Assert.Contains("data-audit-action=\"CaseCreated\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_lines_rewritten_in_place_are_no_steps()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("rewrite")));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var @case = await db.Cases.SingleAsync(c => c.Id == Guid.Parse(opened.Id()));

        // As the retention job erases free text: every line replaced by a copy (the list is the aggregate's own).
        var timeline = (List<CaseEvent>)typeof(Case).GetField("timeline", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(@case)!;
        var copies = timeline.Select(line => line with { Detail = null }).ToList();
        timeline.Clear();
        timeline.AddRange(copies);
        db.Entry(@case).Property(c => c.Version).CurrentValue++;
        await db.SaveChangesAsync();

        Assert.Equal([AuditAction.CaseCreated], (await factory.EntriesAboutAsync(opened.Id())).Actions());
    }
}
