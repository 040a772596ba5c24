using Sac.Application.Common;
using Sac.Application.DataProtection.SubjectReport;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Audit;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Common;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.Tests.DataProtection;

/// <summary>The DPO's report: auditors only, within their municipalities, the number in full.</summary>
public sealed class GetDataSubjectReportHandlerTests
{
    private readonly FakeAuditLog audit = new();

    private const string Nrn = FindingCommands.ValidNationalRegisterNumber;

    private readonly FakeDataSubjectReads reads = new();

    private static FakeCurrentUser GentAuditor() => new("auditor@demo.sac", [DemoMunicipalities.GentNis], Roles.Auditor);

    [Fact]
    public async Task The_report_holds_the_persons_cases_register_lines_and_lookups_in_the_auditors_municipalities()
    {
        var gent = TestCases.Gent(offender: TestCases.PeetersAtHome());
        var antwerp = TestCases.Open(DemoMunicipalities.Antwerpen(), "LITTER", TestCases.FactsAt, TestCases.PeetersAtHome());
        var someoneElse = TestCases.Gent(offender: TestCases.Dubois());
        reads.Cases.AddRange([gent, antwerp, someoneElse]);
        reads.RegisterEntries.Add(Line(DemoMunicipalities.GentNis));
        reads.RegisterEntries.Add(Line(DemoMunicipalities.AntwerpenNis));
        reads.RegistryAccesses.Add(Lookup(gent.Id));
        reads.RegistryAccesses.Add(Lookup(antwerp.Id));

        var report = (await Handle(GentAuditor(), "88.02.29-999.90")).Value;

        Assert.Equal(Nrn, report.NationalRegisterNumber);
        Assert.Equal([DemoMunicipalities.GentNis], reads.AskedFor);
        Assert.Equal([DemoMunicipalities.GentNis], report.Municipalities);
        var found = Assert.Single(report.Cases);
        Assert.Equal(gent.Number, found.Number);
        Assert.Equal(Nrn, found.Offender.NationalRegisterNumber);
        Assert.Equal(("Peeters", "Veldstraat"), (found.Offender.LastName, found.Offender.Address!.Street));
        Assert.Equal(DemoMunicipalities.GentNis, Assert.Single(report.RegisterEntries).Municipality);
        Assert.Equal(gent.Id.ToString(), Assert.Single(report.RegistryAccesses).Reference);
        Assert.Equal("auditor@demo.sac", report.GeneratedBy);
        Assert.False(report.IsEmpty);
    }

    [Fact]
    public async Task The_report_lists_the_college_sanctions_and_place_bans_addressed_to_the_person_in_the_auditors_municipalities()
    {
        var sanction = Sanction(DemoMunicipalities.Gent(), Nrn);
        var ban = Ban(DemoMunicipalities.GentNis, Nrn);
        Assert.True(ban.ImposePeriod(new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 31)).IsSuccess);
        reads.CollegeSanctions.AddRange([sanction, Sanction(DemoMunicipalities.Antwerpen(), Nrn), Sanction(DemoMunicipalities.Gent(), number: null)]);
        reads.PlaceBans.AddRange([ban, Ban(DemoMunicipalities.AntwerpenNis, Nrn)]);

        var report = (await Handle(GentAuditor(), Nrn)).Value;

        var listed = Assert.Single(report.CollegeSanctions);
        Assert.Equal(
            (sanction.Id, MeasureReference.Of(sanction.Id), DemoMunicipalities.GentNis, "Jan Peeters", "Marktvergunning"),
            (listed.Id, listed.Reference, listed.Municipality, listed.HolderName, listed.Subject));
        var banned = Assert.Single(report.PlaceBans);
        Assert.Equal((ban.Id, "Korenmarkt", new DateOnly(2025, 3, 1)), (banned.Id, banned.Place, banned.HeardOn));
        Assert.Equal(new DateOnly(2025, 3, 31), Assert.Single(banned.Periods).EndsOn);
        Assert.False(report.IsEmpty);
    }

    [Fact]
    public async Task Nothing_held_is_an_empty_report_not_an_error()
    {
        var report = (await Handle(GentAuditor(), Nrn)).Value;

        Assert.True(report.IsEmpty);
    }

    [Fact]
    public async Task Drawing_up_a_report_is_in_the_audit_trail_with_whose_data_it_holds()
    {
        await Handle(GentAuditor(), "88.02.29-999.90");

        var entry = Assert.Single(audit.Entries);
        Assert.Equal((AuditAction.DataSubjectReportDrawn, "auditor@demo.sac"), (entry.Action, entry.UserName));
        Assert.Contains(Nrn, entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.SanctioningOfficial)]
    [InlineData(Roles.MunicipalAdmin)]
    [InlineData(Roles.Finder)]
    [InlineData(Roles.SystemAdmin)]
    public async Task Only_an_auditor_draws_up_the_report(string role)
    {
        var result = await Handle(new FakeCurrentUser("someone@demo.sac", [DemoMunicipalities.GentNis], role), Nrn);

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Null(reads.AskedFor);
        Assert.Empty(audit.Entries);
    }

    [Theory]
    [InlineData("88022999991", "NRN_CHECKSUM")]
    [InlineData("123", "NRN_FORMAT")]
    [InlineData("", "NRN_REQUIRED")]
    public async Task A_number_that_is_not_one_is_refused_on_the_field(string number, string code)
    {
        var error = Assert.Single((await Handle(GentAuditor(), number)).Errors);

        Assert.Equal((code, "nationalRegisterNumber"), (error.Code, error.Field));
        Assert.Null(reads.AskedFor);
    }

    private static Addressee Person(string? number) => Addressee.Create(AddresseeKind.Person, "Jan Peeters", number, null, "nl").Value;

    private static CollegeSanction Sanction(Domain.Municipalities.Municipality municipality, string? number) => CollegeSanction.Record(
        municipality.Nis, Person(number), "Marktvergunning", [municipality.InfractionOn("LITTER", new DateOnly(2025, 3, 1))!], null,
        TestClock.Instant("2025-03-01T10:00:00+01:00"), "official@demo.sac").Value;

    private static PlaceBan Ban(string nis, string number) => PlaceBan.Record(
        nis, Person(number), "Korenmarkt", PlaceBanGround.RepeatedInfractions, "Wildplassen.", new DateOnly(2025, 3, 1),
        TestClock.Instant("2025-03-01T10:00:00+01:00"), "admin@demo.sac").Value;

    private static RegisterEntry Line(string nis) => RegisterEntry.Import(
        nis, "LITTER", TestCases.PeetersAtHome(), new DateOnly(2024, 6, 1), SanctionKind.Fine, 150m, null, final: true,
        TestClock.Instant("2024-06-02T10:00:00+02:00"), "import").Value;

    private static RegistryAccess Lookup(Guid caseId) => RegistryAccess.Log(
        TestClock.Instant("2025-03-02T10:00:00+01:00"), "official@demo.sac", Roles.SanctioningOfficial, RegistryKind.NationalRegister, Nrn, null,
        caseId.ToString(), RegistryPurpose.IdentifyOffender, RegistryAccessOutcome.Answered, ["lastName", "firstNames"]);

    private async Task<Result<DataSubjectReport>> Handle(FakeCurrentUser user, string number) =>
        await new GetDataSubjectReportHandler(user, reads, audit, TestClock.At("2025-03-10T12:00:00+01:00"))
            .Handle(new GetDataSubjectReportQuery(number), CancellationToken.None);
}
