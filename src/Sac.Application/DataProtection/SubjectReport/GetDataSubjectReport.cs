using Mediator;
using Sac.Application.Audit;
using Sac.Application.Cases.GetCase;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Common;
using Sac.Domain.Measures;
using Sac.Domain.Offenders;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.DataProtection.SubjectReport;

/// <summary>The data-subject report of one national register number, for the auditor (who acts as DPO in Sac).</summary>
public sealed record GetDataSubjectReportQuery(string? NationalRegisterNumber) : IQuery<Result<DataSubjectReport>>;

/// <summary>
/// Auditors only, and only within their municipalities. The lookup is itself a sensitive act: once the audit trail exists,
/// this handler appends a line to it (who, when, which number) before answering.
/// </summary>
internal sealed class GetDataSubjectReportHandler(ICurrentUser user, IDataSubjectReads reads, IAuditLog audit, TimeProvider clock)
    : IQueryHandler<GetDataSubjectReportQuery, Result<DataSubjectReport>>
{
    public async ValueTask<Result<DataSubjectReport>> Handle(GetDataSubjectReportQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Auditor))
        {
            return ApplicationErrors.Forbidden("Only an auditor draws up a data-subject report.");
        }

        var number = NationalRegisterNumber.Create(query.NationalRegisterNumber);
        if (number.IsFailure)
        {
            return number.FirstError.AtField("nationalRegisterNumber");
        }

        var nrn = number.Value.Value;
        var municipalities = user.Municipalities.Order(StringComparer.Ordinal).ToList();

        // Who drew up a report on whom is in the audit trail, written at once: the report is read even if the page fails later.
        await audit.AppendAsync(
            AuditEntry.Record(
                clock.GetUtcNow(), new AuditActor(user.Name, [Roles.Auditor]), AuditAction.DataSubjectReportDrawn, AuditTarget.User(user.Name),
                after: $"{{\"nationalRegisterNumber\":\"{nrn}\"}}"),
            CancellationToken.None);
        var cases = await reads.FindCasesAsync(nrn, municipalities, cancellationToken);
        var entries = await reads.FindRegisterEntriesAsync(nrn, municipalities, cancellationToken);
        var accesses = await reads.FindRegistryAccessesAsync(nrn, municipalities, cancellationToken);
        var documents = cases.Count == 0 ? [] : await reads.ListDocumentsAsync([.. cases.Select(c => c.Id)], cancellationToken);
        var sanctions = await reads.FindCollegeSanctionsAsync(nrn, municipalities, cancellationToken);
        var bans = await reads.FindPlaceBansAsync(nrn, municipalities, cancellationToken);

        return new DataSubjectReport(
            nrn,
            clock.GetUtcNow(),
            user.Name,
            municipalities,
            [.. cases.Select(ToSubjectCase)],
            [.. entries.Select(ToSubjectEntry)],
            [.. accesses.OrderBy(a => a.At).Select(ToSubjectAccess)],
            documents,
            [.. sanctions.Select(ToSubjectSanction)],
            [.. bans.Select(ToSubjectBan)]);
    }

    private static SubjectIdentity Identity(Offender o) =>
        new(o.NationalRegisterNumber, o.LastName, o.FirstName, o.BirthDate, o.BirthDateEstimated, o.Language, o.Address);

    private static SubjectCase ToSubjectCase(Case c) => new(
        c.Id, c.Number, c.MunicipalityNis, c.Status, c.InfractionCode, c.InfractionCategory, c.FactsAt, c.FindingAt, c.RecordedAt, c.RecordedBy,
        Identity(c.Offender), c.Place, c.Description, c.Defences, c.Hearing, c.Decision, c.Payments, c.CloseReason, c.ClosedOn,
        [.. c.Timeline.Select(e => new TimelineEntry(e.At, e.Type, e.By, e.Detail))]);

    private static SubjectRegisterEntry ToSubjectEntry(RegisterEntry e) => new(
        e.Id, e.MunicipalityNis, e.InfractionCode, e.DecidedOn, e.Kind, e.Amount, e.Hours, e.Final, e.CaseNumber, Identity(e.Offender), e.RecordedAt, e.RecordedBy);

    private static SubjectCollegeSanction ToSubjectSanction(CollegeSanction s) => new(
        s.Id, MeasureReference.Of(s.Id), s.MunicipalityNis, s.Holder.Name, s.Subject, s.Kind, s.WarnedOn, s.DecidedOn, s.StartsOn, s.EndsOn, s.NotifiedOn,
        s.RecordedAt, s.RecordedBy);

    private static SubjectPlaceBan ToSubjectBan(PlaceBan b) => new(
        b.Id, MeasureReference.Of(b.Id), b.MunicipalityNis, b.Person.Name, b.Place, b.Ground, b.HeardOn, b.Periods, b.RecordedAt, b.RecordedBy);

    private static SubjectRegistryAccess ToSubjectAccess(RegistryAccess a) => new(
        a.At, a.UserName, a.Role, a.Registry, a.AtDate, a.Reference, a.Purpose, a.Outcome, a.FieldsReturned);
}
