using Sac.Application.Measures;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Measures;

namespace Sac.Application.CollegeSanctions;

/// <summary>
/// A college sanction as the API answers it and the pages show it; <see cref="State"/> and <see cref="EndsSoon"/> as of today;
/// <see cref="DurationDays"/> counts the first and the last day (null for a definitive measure); from <see cref="AnonymisedOn"/>
/// on, the holder's identity, the subject and the reasons are erased.
/// </summary>
public sealed record CollegeSanctionDetails(
    Guid Id,
    string Reference,
    string Municipality,
    AddresseeDetails Holder,
    string Subject,
    IReadOnlyList<string> InfractionCodes,
    Guid? CaseId,
    DateOnly? WarnedOn,
    DateOnly? DecidedOn,
    CollegeSanctionKind? Kind,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    int? DurationDays,
    string? Reasons,
    DateOnly? NotifiedOn,
    MeasureState State,
    bool EndsSoon,
    int Version,
    DateOnly? AnonymisedOn,
    IReadOnlyList<MeasureDocumentSummary> Documents)
{
    public static CollegeSanctionDetails Of(CollegeSanction s, DateOnly today, IReadOnlyList<MeasureDocumentSummary> documents) => new(
        s.Id, MeasureReference.Of(s.Id), s.MunicipalityNis, AddresseeDetails.Of(s.Holder), s.Subject, s.InfractionCodes, s.CaseId, s.WarnedOn,
        s.DecidedOn, s.Kind, s.StartsOn, s.EndsOn, s.EndsOn?.DayNumber - s.StartsOn?.DayNumber + 1, s.Reasons, s.NotifiedOn, s.StateOn(today),
        MeasureTerm.EndsWithin(today, s.StartsOn, s.EndsOn, MeasureFollowUp.EndingSoonDays), s.Version, s.AnonymisedOn, documents);
}
