using Sac.Application.Audit;
using Sac.Application.Common;
using Sac.Application.Tests.Common;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Audit;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Audit;

/// <summary>The auditor's queries: auditors only, their municipalities only, Brussels days, numbers and plates in their logged form.</summary>
public sealed class AuditQueryTests
{
    private static readonly FakeCurrentUser Auditor = new("auditor@demo.sac", ["44021", "21004", "62063"], Roles.Auditor);

    private readonly FakeAuditReadService reads = new();

    public static TheoryData<string> NotAuditors() => ["finder", "official", "admin", "outsider"];

    [Theory]
    [MemberData(nameof(NotAuditors))]
    public async Task Entries_ForSomeoneNotAnAuditor_AreForbidden(string who)
    {
        var found = await new SearchAuditEntriesHandler(Someone(who), reads).Handle(new SearchAuditEntriesQuery(), CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, found.FirstError.Kind);
        Assert.Null(reads.EntryCriteria);
    }

    [Theory]
    [MemberData(nameof(NotAuditors))]
    public async Task RegistryAccesses_ForSomeoneNotAnAuditor_AreForbidden(string who)
    {
        var found = await new SearchRegistryAccessesHandler(Someone(who), reads).Handle(new SearchRegistryAccessesQuery(), CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, found.FirstError.Kind);
        Assert.Null(reads.AccessCriteria);
    }

    [Fact]
    public async Task Entries_WithoutMunicipality_ReadAllTheAuditorsMunicipalities()
    {
        await new SearchAuditEntriesHandler(Auditor, reads).Handle(new SearchAuditEntriesQuery(), CancellationToken.None);

        Assert.Equal(
            [DemoMunicipalities.BrusselNis, DemoMunicipalities.GentNis, DemoMunicipalities.LiegeNis],
            reads.EntryCriteria!.Municipalities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Entries_OfAnotherMunicipality_ReadNoMunicipalityAtAll()
    {
        await new SearchAuditEntriesHandler(Auditor, reads).Handle(
            new SearchAuditEntriesQuery(Municipality: DemoMunicipalities.AntwerpenNis), CancellationToken.None);

        Assert.Empty(reads.EntryCriteria!.Municipalities);
    }

    [Fact]
    public async Task RegistryAccesses_OfOneOwnMunicipality_ReadThatOne()
    {
        await new SearchRegistryAccessesHandler(Auditor, reads).Handle(
            new SearchRegistryAccessesQuery(Municipality: DemoMunicipalities.GentNis), CancellationToken.None);

        Assert.Equal([DemoMunicipalities.GentNis], reads.AccessCriteria!.Municipalities);
    }

    [Fact]
    public async Task Days_AreBrusselsDays_TheLastOneIncluded()
    {
        // 30 March 2025: summer time starts in Brussels (UTC+1 before, UTC+2 after).
        await new SearchAuditEntriesHandler(Auditor, reads).Handle(
            new SearchAuditEntriesQuery(From: new DateOnly(2025, 3, 1), To: new DateOnly(2025, 3, 30)), CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2025, 2, 28, 23, 0, 0, TimeSpan.Zero), reads.EntryCriteria!.From);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 22, 0, 0, TimeSpan.Zero), reads.EntryCriteria.Until);
    }

    [Fact]
    public async Task Filters_AreTrimmed_AndBlanksIgnored()
    {
        await new SearchAuditEntriesHandler(Auditor, reads).Handle(
            new SearchAuditEntriesQuery(User: " official@demo.sac ", Action: "  ", Subject: " 44021-2025-000001 "), CancellationToken.None);

        Assert.Equal("official@demo.sac", reads.EntryCriteria!.UserName);
        Assert.Null(reads.EntryCriteria.Action);
        Assert.Equal("44021-2025-000001", reads.EntryCriteria.Subject);
    }

    [Theory]
    [InlineData("88.02.29-999.90", "88022999990")]
    [InlineData("1-abc-123", "1ABC123")]
    [InlineData("1ABC123", null)]
    public async Task RegistryAccesses_FindANumberOrPlateAsTypedAndCompact(string typed, string? compact)
    {
        await new SearchRegistryAccessesHandler(Auditor, reads).Handle(new SearchRegistryAccessesQuery(Subject: typed), CancellationToken.None);

        Assert.Equal(compact is null ? [typed] : [typed, compact], reads.AccessCriteria!.Subjects);
    }

    [Fact]
    public async Task RegistryAccesses_PassEveryFilter()
    {
        await new SearchRegistryAccessesHandler(Auditor, reads).Handle(
            new SearchRegistryAccessesQuery(
                User: "finder@demo.sac", Outcome: RegistryAccessOutcome.Refused, Registry: RegistryKind.VehicleRegistry,
                Purpose: RegistryPurpose.IdentifyOffender, Reference: " ext-1 ", Page: 3, PageSize: 20),
            CancellationToken.None);

        var criteria = reads.AccessCriteria!;
        Assert.Equal(("finder@demo.sac", RegistryAccessOutcome.Refused, RegistryKind.VehicleRegistry, RegistryPurpose.IdentifyOffender, "ext-1"),
            (criteria.UserName, criteria.Outcome, criteria.Registry, criteria.Purpose, criteria.Reference));
        Assert.Equal((3, 20), (criteria.Page, criteria.PageSize));
    }

    [Fact]
    public async Task Export_ReadsEveryLineUpToTheLimit()
    {
        await new SearchAuditEntriesHandler(Auditor, reads).Handle(new SearchAuditEntriesQuery(Page: 4, Export: true), CancellationToken.None);

        Assert.Equal((1, AuditScope.ExportLimit), (reads.EntryCriteria!.Page, reads.EntryCriteria.PageSize));
    }

    [Fact]
    public void Validator_RefusesAnInvertedRangeAndOversizedPages()
    {
        var failures = Validation.Failures(
            new SearchAuditEntriesValidator(),
            new SearchAuditEntriesQuery(From: new DateOnly(2025, 3, 2), To: new DateOnly(2025, 3, 1), Page: 0, PageSize: 500));

        Assert.Equal(["Page:GreaterThanOrEqualValidator", "PageSize:InclusiveBetweenValidator", "To:GreaterThanOrEqualValidator"], failures);
    }

    [Fact]
    public async Task CaseTrail_IsReadByWhoeverWorksForTheCasesMunicipality()
    {
        var caseId = Guid.NewGuid();
        reads.CaseLines.Add(Line(caseId, DemoMunicipalities.GentNis));

        var official = await new GetCaseAuditTrailHandler(FakeCurrentUser.Official(), reads).Handle(new GetCaseAuditTrailQuery(caseId), CancellationToken.None);
        var outsider = await new GetCaseAuditTrailHandler(FakeCurrentUser.Outsider(), reads).Handle(new GetCaseAuditTrailQuery(caseId), CancellationToken.None);

        Assert.Single(official.Value);
        Assert.Equal(ErrorKind.NotFound, outsider.FirstError.Kind);
    }

    private static AuditLine Line(Guid caseId, string nis) => new(
        1, DateTimeOffset.UnixEpoch, "finder@demo.sac", Roles.Finder, AuditAction.CaseCreated, nis, AuditSubject.Case, caseId.ToString(), "44021-2025-000001",
        null, """{"status":"Registered","version":1}""");

    private static FakeCurrentUser Someone(string who) => who switch
    {
        "finder" => FakeCurrentUser.Finder(),
        "official" => FakeCurrentUser.Official(),
        "admin" => FakeCurrentUser.Admin(),
        _ => FakeCurrentUser.Outsider(),
    };
}
