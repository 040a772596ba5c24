using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;
using Sac.Domain.Payments.BankStatements;
using Sac.Domain.Reasoning;
using Sac.Infrastructure.Identity;
using Sac.Infrastructure.Persistence;

namespace Sac.Infrastructure.Audit;

/// <summary>
/// Records the audit trail where changes are saved, so that no command can forget it: just before a save, every changed
/// case, municipality (settings, letterhead), infraction, reasoning block, device (<see cref="DeviceAudit"/>), college sanction and place ban (<see cref="MeasureAudit"/>), API token and user (<see cref="UserAudit"/>) gets its audit entries, which
/// the same save inserts in the same transaction. A save that fails or is not made (a refused step) leaves no entry.
/// </summary>
/// <remarks>
/// A step of a case is recorded per timeline line it added, under the line's type, time and author, with the version
/// before and after; when one save adds several lines (the passing of time can end a period and warn at once), the
/// status change is on the last of them, which is where the save left the case. No personal data goes in: a case's
/// entries hold its status and version, and a change of a case without a step names the changed fields only.
/// </remarks>
internal sealed class AuditInterceptor(ICurrentUser? user, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Derived fields that change with every step and say nothing of their own.</summary>
    private static readonly string[] DerivedCaseFields = [nameof(Case.NextDueOn), nameof(Case.Version)];

    private static readonly string[] BlockBookkeeping = [nameof(ReasoningBlock.UpdatedAt), nameof(ReasoningBlock.UpdatedBy)];

    private readonly List<AuditEntry> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SacDbContext db)
        {
            var owners = TokenOwnerIds(db);
            var names = owners.Count == 0 ? [] : db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionary(u => u.Id, u => u.UserName ?? u.Id);
            Record(db, names, UserAudit.Read(db));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SacDbContext db)
        {
            var owners = TokenOwnerIds(db);
            var names = owners.Count == 0
                ? []
                : await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id, cancellationToken);
            Record(db, names, await UserAudit.ReadAsync(db, cancellationToken));
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        pending.Clear();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        pending.Clear();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The failed save's entries go: a retry records the changes afresh, not twice.</summary>
    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            foreach (var entry in pending)
            {
                context.Entry(entry).State = EntityState.Detached;
            }
        }

        pending.Clear();
    }

    private static List<string> TokenOwnerIds(SacDbContext db) =>
        [.. db.ChangeTracker.Entries<ApiToken>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity.UserId)
            .Where(id => db.Users.Local.All(u => u.Id != id))
            .Distinct()];

    private void Record(SacDbContext db, Dictionary<string, string> userNames, UserAudit users)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        // AppendOnlyGuard refuses a save that changes a log line: record nothing for it.
        if (changed.Count == 0 || changed.Any(e => e.Entity is AuditEntry or RegistryAccess && e.State != EntityState.Added))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var actor = CurrentActor();
        var entries = new List<AuditEntry>();
        entries.AddRange(Cases(db, changed, actor, now));
        entries.AddRange(Municipalities(db, changed, actor, now));
        entries.AddRange(Infractions(changed, actor, now));
        entries.AddRange(ReasoningBlocks(changed, actor, now));
        entries.AddRange(DeviceAudit.Entries(db, changed, actor, now));
        entries.AddRange(Tokens(db, changed, actor, now, userNames));
        entries.AddRange(BankStatements(changed, actor, now));
        entries.AddRange(MeasureAudit.Entries(changed, actor, now));
        entries.AddRange(users.Entries(db, actor, now));
        db.AuditEntries.AddRange(entries);
        pending.AddRange(entries);
    }

    /// <summary>The signed-in user with their roles; Sac itself when nobody is (deadline jobs, start-up seeding).</summary>
    private AuditActor CurrentActor()
    {
        var roles = user is null ? [] : Roles.All.Where(user.IsInRole).ToList();
        return roles.Count > 0 ? new AuditActor(user!.Name, roles) : AuditActor.System;
    }

    /// <summary>The author of a timeline line, with the current user's roles when the line is theirs.</summary>
    private static AuditActor Author(string by, AuditActor current) =>
        string.Equals(by, current.UserName, StringComparison.OrdinalIgnoreCase) ? current : new AuditActor(by, []);

    private static IEnumerable<AuditEntry> Cases(SacDbContext db, List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        foreach (var entry in db.ChangeTracker.Entries<Case>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            var @case = entry.Entity;
            var about = new AuditTarget(AuditSubject.Case, @case.Id.ToString(), @case.Number, @case.MunicipalityNis);
            var added = NewLines(@case, changed);
            if (entry.State == EntityState.Added)
            {
                var opened = added.FirstOrDefault();
                yield return AuditEntry.Record(
                    opened?.At ?? @case.RecordedAt,
                    Author(opened?.By ?? @case.RecordedBy, actor),
                    AuditAction.CaseCreated,
                    about,
                    after: ChangeJson.Text(ChangeJson.Object(("status", @case.Status), ("version", @case.Version))));
                continue;
            }

            var status = entry.Property(c => c.Status);
            var version = (int)entry.Property(c => c.Version).OriginalValue!;
            if (added.Count == 0)
            {
                if (ChangedFields(entry) is { Count: > 0 } fields)
                {
                    yield return AuditEntry.Record(
                        now, actor, AuditAction.CaseChanged, about,
                        after: ChangeJson.Text(new JsonObject { ["changed"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]) }));
                }

                continue;
            }

            for (var i = 0; i < added.Count; i++)
            {
                var line = added[i];
                var last = i == added.Count - 1;
                var statusChanged = last && status.OriginalValue != status.CurrentValue;
                var before = statusChanged
                    ? ChangeJson.Object(("status", status.OriginalValue), ("version", version + i))
                    : ChangeJson.Object(("version", version + i));
                var after = statusChanged
                    ? ChangeJson.Object(("status", status.CurrentValue), ("version", version + i + 1))
                    : ChangeJson.Object(("version", version + i + 1));

                yield return AuditEntry.Record(line.At, Author(line.By, actor), line.Type, about, ChangeJson.Text(before), ChangeJson.Text(after));
            }
        }
    }

    /// <summary>
    /// The lines a save adds to a case's timeline. A step appends; a line rewritten in place (the retention job erases
    /// free text by replacing every line with a copy) is a deleted and an added row to Entity Framework, and no step:
    /// the new lines are the last ones, as many as were added beyond those deleted.
    /// </summary>
    private static List<CaseEvent> NewLines(Case @case, List<EntityEntry> changed)
    {
        var lines = changed.Where(e => e.Entity is CaseEvent && Equals(OwnerKeyOf(e), @case.Id)).ToList();
        var count = lines.Count(e => e.State == EntityState.Added) - lines.Count(e => e.State == EntityState.Deleted);
        return count <= 0 ? [] : [.. @case.Timeline.TakeLast(count)];
    }

    /// <summary>The names of a case's changed fields, its owned parts included ("offender.lastName"), without their values.</summary>
    private static List<string> ChangedFields(EntityEntry<Case> entry)
    {
        var fields = new List<string>();
        Collect(entry, prefix: string.Empty, fields);
        return fields;

        static void Collect(EntityEntry entry, string prefix, List<string> fields)
        {
            fields.AddRange(entry.Properties
                .Where(p => !p.Metadata.IsKey() && !p.Metadata.IsShadowProperty() && !DerivedCaseFields.Contains(p.Metadata.Name))
                .Where(p => entry.State is EntityState.Added or EntityState.Deleted || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                .Select(p => prefix + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name)));
            foreach (var reference in entry.References.Where(r => r.TargetEntry is not null && r.Metadata.TargetEntityType.IsOwned()))
            {
                Collect(reference.TargetEntry!, prefix + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reference.Metadata.Name) + ".", fields);
            }
        }
    }

    private static IEnumerable<AuditEntry> Municipalities(SacDbContext db, List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        var roots = db.ChangeTracker.Entries<Municipality>().ToDictionary(e => e.Entity.Nis);
        var settings = changed.Where(e => e.Entity is MunicipalitySettings).ToLookup(OwnerKey);
        var letterheads = changed.Where(e => e.Entity is Letterhead).ToLookup(OwnerKey);
        var touched = changed.Where(e => e.Entity is Municipality).Select(e => ((Municipality)e.Entity).Nis)
            .Concat(settings.Select(g => g.Key)).Concat(letterheads.Select(g => g.Key)).Distinct(StringComparer.Ordinal);
        foreach (var nis in touched)
        {
            var root = roots.GetValueOrDefault(nis);
            var about = new AuditTarget(AuditSubject.Municipality, nis, root?.Entity.NameNl ?? nis, nis);
            var rootChanges = root is null || root.State is EntityState.Unchanged ? [] : new[] { (EntityEntry)root };
            var (before, after) = ChangeJson.Diff(rootChanges.Concat(settings[nis]));
            if (root?.State == EntityState.Added)
            {
                yield return AuditEntry.Record(now, actor, AuditAction.MunicipalityCreated, about, after: ChangeJson.Text(after));
            }
            else if (after.Count > 0)
            {
                yield return AuditEntry.Record(now, actor, AuditAction.SettingsChanged, about, ChangeJson.Text(before), ChangeJson.Text(after));
            }

            var (letterheadBefore, letterheadAfter) = ChangeJson.Diff(letterheads[nis]);
            if (letterheadAfter.Count > 0)
            {
                yield return AuditEntry.Record(
                    now, actor, AuditAction.LetterheadChanged, about, ChangeJson.Text(NullIfAllNull(letterheadBefore)), ChangeJson.Text(NullIfAllNull(letterheadAfter)));
            }
        }
    }

    private static IEnumerable<AuditEntry> Infractions(List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        foreach (var entry in changed.Where(e => e.Entity is Infraction))
        {
            var infraction = (Infraction)entry.Entity;
            var nis = (string?)(entry.State == EntityState.Deleted ? entry.Property("MunicipalityNis").OriginalValue : entry.Property("MunicipalityNis").CurrentValue);
            var about = new AuditTarget(AuditSubject.Infraction, infraction.Code, $"{infraction.Code} ({infraction.ValidFrom:yyyy-MM-dd})", nis);
            var (before, after) = ChangeJson.Diff([entry]);
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.InfractionDefined,
                EntityState.Deleted => AuditAction.InfractionRemoved,
                _ when after.ContainsKey("validTo") => AuditAction.InfractionEnded,
                _ => AuditAction.InfractionDefined,
            };
            if (entry.State == EntityState.Modified && after.Count == 0)
            {
                continue;
            }

            yield return AuditEntry.Record(
                now, actor, action, about, entry.State == EntityState.Added ? null : ChangeJson.Text(before), ChangeJson.Text(after));
        }
    }

    private static IEnumerable<AuditEntry> ReasoningBlocks(List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        foreach (var entry in changed.Where(e => e.Entity is ReasoningBlock && e.State is EntityState.Added or EntityState.Modified))
        {
            var block = (ReasoningBlock)entry.Entity;
            var about = new AuditTarget(AuditSubject.ReasoningBlock, block.Id.ToString(), block.Title, block.MunicipalityNis);
            var (before, after) = ChangeJson.Diff([entry], [.. BlockBookkeeping, nameof(ReasoningBlock.MunicipalityNis)]);
            if (after.Count == 0)
            {
                continue;
            }

            var action = entry.State == EntityState.Added ? AuditAction.ReasoningBlockCreated
                : block.Retired && after.ContainsKey("retired") ? AuditAction.ReasoningBlockRetired
                : AuditAction.ReasoningBlockChanged;
            yield return AuditEntry.Record(now, actor, action, about, entry.State == EntityState.Added ? null : ChangeJson.Text(before), ChangeJson.Text(after));
        }
    }

    private static IEnumerable<AuditEntry> Tokens(SacDbContext db, List<EntityEntry> changed, AuditActor actor, DateTimeOffset now, Dictionary<string, string> userNames)
    {
        foreach (var entry in changed.Where(e => e.Entity is ApiToken && e.State is EntityState.Added or EntityState.Modified))
        {
            var token = (ApiToken)entry.Entity;
            var revoked = entry.State == EntityState.Modified && entry.Property(nameof(ApiToken.RevokedAt)).OriginalValue is null && token.RevokedAt is not null;
            if (entry.State == EntityState.Modified && !revoked)
            {
                continue;
            }

            var owner = db.Users.Local.FirstOrDefault(u => u.Id == token.UserId)?.UserName ?? userNames.GetValueOrDefault(token.UserId) ?? token.UserId;

            // The token's id and name identify it; its hash never leaves the tokens table.
            yield return AuditEntry.Record(
                now, actor, revoked ? AuditAction.ApiTokenRevoked : AuditAction.ApiTokenCreated, AuditTarget.User(owner),
                after: ChangeJson.Text(ChangeJson.Object(("token", token.Id), ("name", token.Name))));
        }
    }

    /// <summary>
    /// An import once per statement, with what it held and matched (a re-import that brings nothing saves nothing); the
    /// official's decision on an unmatched line. The payments themselves are steps of their cases, recorded above.
    /// </summary>
    private static IEnumerable<AuditEntry> BankStatements(List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        var added = changed.Where(e => e.Entity is StatementEntry && e.State == EntityState.Added).Select(e => (StatementEntry)e.Entity).ToList();
        foreach (var statement in changed.Where(e => e.Entity is ImportedStatement && e.State == EntityState.Added).Select(e => (ImportedStatement)e.Entity))
        {
            var lines = added.Where(l => l.StatementId == statement.Id).ToList();
            yield return AuditEntry.Record(
                now, actor, AuditAction.BankStatementImported,
                new AuditTarget(AuditSubject.BankStatement, statement.Id.ToString(), $"{statement.AccountIban} {statement.StatementNumber}", statement.MunicipalityNis),
                after: ChangeJson.Text(ChangeJson.Object(
                    ("format", statement.Format), ("sha256", statement.FileSha256), ("lines", lines.Count),
                    ("matched", lines.Count(l => l.State == StatementEntryState.Matched)), ("unmatched", lines.Count(l => l.State == StatementEntryState.Unmatched)))));
        }

        foreach (var entry in changed.Where(e => e.Entity is StatementEntry && e.State == EntityState.Modified))
        {
            var line = (StatementEntry)entry.Entity;
            var action = line.State switch
            {
                StatementEntryState.Assigned => AuditAction.BankEntryAssigned,
                StatementEntryState.SetAside => AuditAction.BankEntrySetAside,
                _ => null,
            };
            if (action is not null)
            {
                yield return AuditEntry.Record(
                    now, actor, action, new AuditTarget(AuditSubject.BankStatement, line.Id.ToString(), line.BankReference, line.MunicipalityNis),
                    ChangeJson.Text(ChangeJson.Object(("state", StatementEntryState.Unmatched))),
                    ChangeJson.Text(ChangeJson.Object(("state", line.State), ("case", line.CaseNumber))));
            }
        }
    }

    private static string OwnerKey(EntityEntry owned) => (string)OwnerKeyOf(owned)!;

    /// <summary>The key of the object that owns this one (a municipality's NIS for its settings, a case's id for a timeline line).</summary>
    private static object? OwnerKeyOf(EntityEntry owned)
    {
        var key = owned.Metadata.FindOwnership()!.Properties[0];
        var property = owned.Property(key.Name);
        return owned.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
    }

    /// <summary>An object whose every field is null says "nothing": a letterhead that did not exist before.</summary>
    private static JsonObject NullIfAllNull(JsonObject json) => json.All(f => f.Value is null) ? [] : json;
}
