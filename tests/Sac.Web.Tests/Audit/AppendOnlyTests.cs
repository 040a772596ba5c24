using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sac.Domain.Audit;
using Sac.Infrastructure.Audit;
using Sac.Infrastructure.Persistence;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Audit;

/// <summary>
/// Nobody can alter the logs: the application refuses to change or delete a line of the audit trail or of the
/// registry-access log (an interceptor on every context), and the SQLite file itself refuses it (triggers).
/// </summary>
public sealed class AppendOnlyTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    [Fact]
    public async Task The_application_refuses_to_change_an_audit_entry()
    {
        await using var scope = await ScopeWithLinesAsync();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var entry = await db.AuditEntries.OrderBy(e => e.Id).FirstAsync();
        db.Entry(entry).Property(e => e.UserName).CurrentValue = "someone-else";

        var refused = await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());

        Assert.Contains("AuditEntry", refused.Message, StringComparison.Ordinal);
        Assert.NotEqual("someone-else", await Read(factory, """SELECT "UserName" FROM "AuditEntries" ORDER BY "Id" LIMIT 1"""));
    }

    [Fact]
    public async Task The_application_refuses_to_delete_an_audit_entry()
    {
        await using var scope = await ScopeWithLinesAsync();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var count = await db.AuditEntries.CountAsync();
        db.AuditEntries.Remove(await db.AuditEntries.OrderBy(e => e.Id).FirstAsync());

        Assert.Throws<AppendOnlyViolationException>(() => db.SaveChanges());
        Assert.Equal(count, await CountAsync("\"AuditEntries\""));
    }

    [Fact]
    public async Task The_application_refuses_to_change_or_delete_a_registry_access()
    {
        await using var scope = await ScopeWithLinesAsync();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var access = await db.RegistryAccesses.FirstAsync();

        db.Entry(access).Property(a => a.Reference).CurrentValue = "hidden";
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.RegistryAccesses.Remove(await db.RegistryAccesses.FirstAsync());
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());

        Assert.Equal(0, await CountAsync("\"RegistryAccesses\" WHERE \"Reference\" = 'hidden'"));
    }

    [Theory]
    [InlineData("""UPDATE "AuditEntries" SET "UserName" = 'someone-else'""")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    [InlineData("""UPDATE "RegistryAccesses" SET "Subject" = '00000000000'""")]
    [InlineData("DELETE FROM \"RegistryAccesses\"")]
    public async Task The_database_refuses_updates_and_deletes_sent_around_the_application(string sql)
    {
        await using var scope = await ScopeWithLinesAsync();
        var table = sql.Contains("AuditEntries", StringComparison.Ordinal) ? "AuditEntries" : "RegistryAccesses";
        var before = await CountAsync($"\"{table}\"");
        using var connection = factory.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        var refused = Assert.ThrowsAny<DbException>(() => command.ExecuteNonQuery());

        Assert.Contains($"{table} is append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync($"\"{table}\""));
        Assert.Equal(0, connection.Scalar($"""SELECT COUNT(*) FROM "{table}" WHERE "UserName" = 'someone-else' OR {(table == "AuditEntries" ? "1 = 0" : "\"Subject\" = '00000000000'")}"""));
    }

    [Fact]
    public async Task Bulk_updates_that_skip_the_change_tracker_are_refused_by_the_database()
    {
        await using var scope = await ScopeWithLinesAsync();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();

        await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteDeleteAsync());
        await Assert.ThrowsAnyAsync<DbException>(() => db.RegistryAccesses.ExecuteUpdateAsync(s => s.SetProperty(a => a.Reference, "hidden")));
    }

    [Fact]
    public async Task Appending_still_works()
    {
        await using var scope = await ScopeWithLinesAsync();
        var db = scope.ServiceProvider.GetRequiredService<SacDbContext>();
        var before = await CountAsync("\"AuditEntries\"");

        db.AuditEntries.Add(AuditEntry.Record(factory.Now, AuditActor.System, AuditAction.SettingsChanged, null));
        await db.SaveChangesAsync();

        Assert.Equal(before + 1, await CountAsync("\"AuditEntries\""));
    }

    /// <summary>A scope on a database that has lines in both logs (the demo seeding and a finding write audit entries).</summary>
    private async Task<AsyncServiceScope> ScopeWithLinesAsync()
    {
        var opened = await factory.RecordCaseAsync(FindingRequests.Example(FindingRequests.NewExternalId("append-only")));
        await factory.AppendLookupAsync("finder@demo.sac", "88022999990", opened.Id());
        return factory.Services.CreateAsyncScope();
    }

    private Task<long> CountAsync(string tableAndCondition)
    {
        using var connection = factory.OpenDatabase();
        return Task.FromResult(connection.Scalar($"SELECT COUNT(*) FROM {tableAndCondition}"));
    }

    private static Task<string> Read(SacAppFactory factory, string sql)
    {
        using var connection = factory.OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Task.FromResult((string)command.ExecuteScalar()!);
    }
}
