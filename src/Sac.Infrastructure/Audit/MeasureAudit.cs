using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sac.Domain.Audit;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;

namespace Sac.Infrastructure.Audit;

/// <summary>
/// The audit entries of college sanctions and place bans: their recording, each step, with the step's dates and the
/// version after it, and their anonymisation with the number of letters deleted. As for cases, no personal data goes in
/// (no name, no number, no reasons).
/// </summary>
internal static class MeasureAudit
{
    /// <summary>The steps of a college sanction, by the field each one sets.</summary>
    private static readonly (string Field, string Action)[] CollegeSteps =
    [
        (nameof(CollegeSanction.WarnedOn), AuditAction.CollegeWarningSent),
        (nameof(CollegeSanction.DecidedOn), AuditAction.CollegeSanctionDecided),
        (nameof(CollegeSanction.NotifiedOn), AuditAction.CollegeDecisionNotified),
    ];

    public static IEnumerable<AuditEntry> Entries(List<EntityEntry> changed, AuditActor actor, DateTimeOffset now) =>
        CollegeSanctions(changed, actor, now).Concat(PlaceBans(changed, actor, now)).Concat(Anonymisations(changed, actor, now));

    private static IEnumerable<AuditEntry> CollegeSanctions(List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        foreach (var entry in changed.Where(e => e.Entity is CollegeSanction))
        {
            var sanction = (CollegeSanction)entry.Entity;
            var about = About(sanction);
            if (entry.State == EntityState.Added)
            {
                yield return AuditEntry.Record(now, actor, AuditAction.CollegeSanctionRecorded, about, after: Version(sanction.Version));
                continue;
            }

            foreach (var (field, action) in CollegeSteps.Where(s => entry.Property(s.Field) is { IsModified: true, OriginalValue: null, CurrentValue: not null }))
            {
                var after = action == AuditAction.CollegeSanctionDecided
                    ? ChangeJson.Object(
                        ("version", sanction.Version), ("decidedOn", sanction.DecidedOn), ("kind", sanction.Kind), ("startsOn", sanction.StartsOn), ("endsOn", sanction.EndsOn))
                    : ChangeJson.Object(("version", sanction.Version), ("on", entry.Property(field).CurrentValue));
                yield return AuditEntry.Record(now, actor, action, about, Version(sanction.Version - 1), ChangeJson.Text(after));
            }
        }
    }

    private static IEnumerable<AuditEntry> PlaceBans(List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        foreach (var entry in changed.Where(e => e.Entity is PlaceBan))
        {
            var ban = (PlaceBan)entry.Entity;
            var about = About(ban);
            if (entry.State == EntityState.Added)
            {
                yield return AuditEntry.Record(now, actor, AuditAction.PlaceBanRecorded, about, after: Version(ban.Version));
            }

            var added = changed.Count(e => e.Entity is PlaceBanPeriod && e.State == EntityState.Added && Equals(e.Property("PlaceBanId").CurrentValue, ban.Id));
            foreach (var period in ban.Periods.TakeLast(added))
            {
                yield return AuditEntry.Record(
                    now, actor, AuditAction.PlaceBanPeriodImposed, about, after: ChangeJson.Text(ChangeJson.Object(
                        ("version", ban.Version), ("period", period.Number), ("decidedOn", period.DecidedOn), ("startsOn", period.StartsOn), ("endsOn", period.EndsOn))));
            }
        }
    }

    /// <summary>One entry per measure the retention job erased, with the version before and after and the letters it deleted.</summary>
    private static IEnumerable<AuditEntry> Anonymisations(List<EntityEntry> changed, AuditActor actor, DateTimeOffset now)
    {
        foreach (var entry in changed.Where(IsAnonymised))
        {
            var (about, version, anonymisedOn) = entry.Entity switch
            {
                CollegeSanction s => (About(s), s.Version, s.AnonymisedOn),
                PlaceBan b => (About(b), b.Version, b.AnonymisedOn),
                _ => throw new InvalidOperationException("Only measures are anonymised here."),
            };
            var letters = changed.Count(e => e.Entity is MeasureDocument d && e.State == EntityState.Deleted && d.MeasureId.ToString() == about.Id);
            yield return AuditEntry.Record(
                now, actor, AuditAction.MeasureAnonymised, about, Version(version - 1),
                ChangeJson.Text(ChangeJson.Object(("version", version), ("anonymisedOn", anonymisedOn), ("lettersDeleted", letters))));
        }
    }

    private static AuditTarget About(CollegeSanction s) =>
        new(AuditSubject.CollegeSanction, s.Id.ToString(), MeasureReference.Of(s.Id), s.MunicipalityNis);

    private static AuditTarget About(PlaceBan b) => new(AuditSubject.PlaceBan, b.Id.ToString(), MeasureReference.Of(b.Id), b.MunicipalityNis);

    private static bool IsAnonymised(EntityEntry entry) =>
        entry.Entity is CollegeSanction or PlaceBan && entry.State == EntityState.Modified
        && entry.Property(nameof(PlaceBan.AnonymisedOn)) is { IsModified: true, OriginalValue: null, CurrentValue: not null };

    private static string? Version(int version) => ChangeJson.Text(ChangeJson.Object(("version", version)));
}
