using Sac.Application.Audit;
using Sac.Application.Cases.GetCase;
using Sac.Domain.Audit;
using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <summary>
/// The case's timeline with its audit entries: each step's line shows what it changed (status A → B, version), taken from
/// the audit entry recorded with it (same type, same instant); an entry without a line (a change outside the procedure)
/// is shown on its own.
/// </summary>
public sealed record CaseTimeline(IReadOnlyList<TimelineEntry> Lines, IReadOnlyList<AuditLine> Audit)
{
    /// <summary>A timeline line with its audit entry, or an audit entry alone.</summary>
    public sealed record Item(TimelineEntry? Line, AuditLine? Audit)
    {
        public DateTimeOffset At => Line?.At ?? Audit!.At;

        public IReadOnlyList<AuditChange> Changes => Audit is null ? [] : AuditChange.Read(Audit.Before, Audit.After);
    }

    public IReadOnlyList<Item> NewestFirst()
    {
        var unmatched = Audit.ToList();
        var items = new List<Item>();
        foreach (var line in Lines)
        {
            var entry = unmatched.FirstOrDefault(a => a.At == line.At && Recorded(line.Type, a.Action));
            if (entry is not null)
            {
                unmatched.Remove(entry);
            }

            items.Add(new Item(line, entry));
        }

        items.AddRange(unmatched.Select(a => new Item(null, a)));
        return [.. items.OrderByDescending(i => i.At)];
    }

    private static bool Recorded(string lineType, string action) =>
        action == lineType || (lineType == CaseEvent.FindingRecorded && action == AuditAction.CaseCreated);
}
