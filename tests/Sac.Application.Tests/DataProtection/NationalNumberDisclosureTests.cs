using Sac.Application.Cases.Collection;
using Sac.Application.Cases.GetCase;
using Sac.Application.Cases.Procedure;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.DataProtection;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Offenders;

namespace Sac.Application.Tests.DataProtection;

/// <summary>Full national register numbers for the sanctioning official only; every other role sees them masked.</summary>
public sealed class NationalNumberDisclosureTests
{
    private const string Masked = "88.02.29-***.**";

    private readonly FakeCaseRepository cases = new();

    public static TheoryData<string, bool> RolesAndWhatTheySee() => new()
    {
        { Roles.SanctioningOfficial, true },
        { Roles.Finder, false },
        { Roles.MunicipalAdmin, false },
        { Roles.Auditor, false },
        { Roles.SystemAdmin, false },
    };

    [Theory]
    [MemberData(nameof(RolesAndWhatTheySee))]
    public void Only_the_sanctioning_official_sees_full_numbers(string role, bool full) =>
        Assert.Equal(full, User(role).SeesFullNationalNumbers());

    [Fact]
    public void An_official_who_is_also_a_finder_sees_full_numbers() =>
        Assert.True(new FakeCurrentUser("both@demo.sac", [DemoMunicipalities.GentNis], Roles.Finder, Roles.SanctioningOfficial).SeesFullNationalNumbers());

    [Theory]
    [MemberData(nameof(RolesAndWhatTheySee))]
    public async Task The_case_shows_the_number_as_the_role_may_see_it(string role, bool full)
    {
        var details = await GetCaseAs(User(role), TestCases.Peeters());

        Assert.Equal(full ? FindingCommands.ValidNationalRegisterNumber : Masked, details.Offender.NationalRegisterNumber);
        Assert.Equal("Peeters Jan", details.Offender.DisplayName);
    }

    [Fact]
    public async Task A_person_known_by_the_number_only_is_not_named_by_it_in_a_finders_view()
    {
        var numberOnly = Offender.Person(NationalRegisterNumber.Create(FindingCommands.ValidNationalRegisterNumber).Value, null, null, null, "nl", null);

        var details = await GetCaseAs(FakeCurrentUser.Finder(), numberOnly);

        Assert.Equal(Masked, details.Offender.DisplayName);
        Assert.Equal(Masked, details.Offender.NationalRegisterNumber);
    }

    [Fact]
    public void Search_results_name_no_full_number_to_a_finder()
    {
        var page = new PagedList<CaseSummary>([Summary(FindingCommands.ValidNationalRegisterNumber), Summary("Peeters Jan")], 2, 1, 50);

        Assert.Equal([Masked, "Peeters Jan"], page.DisclosedTo(FakeCurrentUser.Finder()).Items.Select(s => s.OffenderName));
        Assert.Same(page, page.DisclosedTo(FakeCurrentUser.Official()));
    }

    [Fact]
    public async Task The_collection_list_masks_the_number_for_anyone_but_the_official()
    {
        var reads = new FakeCaseReadService();
        reads.InCollection.Add(new CollectionLine(
            Guid.NewGuid(), "44021-2025-000001", DemoMunicipalities.GentNis, "Peeters Jan", FindingCommands.ValidNationalRegisterNumber, null,
            "Veldstraat", "10", "9000", "Gent", "BE", new DateOnly(2025, 4, 10), new DateOnly(2025, 5, 17), new DateOnly(2025, 7, 24), 200m, 0m, 200m,
            "+++250/0000/00186+++"));

        var forAdmin = (await new ListForCollectionHandler(User(Roles.MunicipalAdmin), reads).Handle(new ListForCollectionQuery(), CancellationToken.None)).Value;
        var forOfficial = (await new ListForCollectionHandler(FakeCurrentUser.Official(), reads).Handle(new ListForCollectionQuery(), CancellationToken.None)).Value;

        Assert.Equal(Masked, Assert.Single(forAdmin).NationalRegisterNumber);
        Assert.Equal(FindingCommands.ValidNationalRegisterNumber, Assert.Single(forOfficial).NationalRegisterNumber);
    }

    private static FakeCurrentUser User(string role) =>
        new($"{role}@demo.sac", [DemoMunicipalities.GentNis, DemoMunicipalities.BrusselNis], role);

    private static CaseSummary Summary(string offenderName) => new(
        Guid.NewGuid(), "44021-2025-000001", DemoMunicipalities.GentNis, CaseStatus.Registered, "LITTER", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
        offenderName, null, new DateOnly(2025, 5, 1), new DateOnly(2025, 9, 1), null);

    private async Task<CaseDetails> GetCaseAs(FakeCurrentUser user, Offender offender)
    {
        var opened = TestCases.Gent(offender: offender);
        cases.With(opened);
        var loader = new CaseContextLoader(
            user, cases, new FakeMunicipalityRepository(DemoMunicipalities.Gent()), new FakeRegisterRepository(), new FakeSanctioningServiceDirectory());
        var handler = new GetCaseHandler(loader, new FakeCaseDocumentRepository(), user, TestClock.At("2025-03-10T12:00:00+01:00"));
        return (await handler.Handle(new GetCaseQuery(opened.Id), CancellationToken.None)).Value;
    }
}
