using Sac.Application.Common.Ports;
using Sac.Application.DataProtection.AnonymiseExpiredCases;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Documents;
using Sac.Domain.Measures;
using Sac.Domain.PlaceBans;
using Sac.Domain.Register;

namespace Sac.Application.Tests.DataProtection;

/// <summary>
/// Gent keeps personal data five years, Brussel three. Cases closed on 2025-03-20: Gent's are kept through 2030-03-20, Brussel's
/// through 2028-03-20; each is anonymised from the next day on, and only when closed.
/// </summary>
public sealed class AnonymiseExpiredCasesHandlerTests
{
    private const string ClosedAt = "2025-03-20T15:00:00+01:00";

    private readonly FakeRetentionStore store = new();

    public AnonymiseExpiredCasesHandlerTests()
    {
        store.Retentions.Add(new MunicipalityRetention(DemoMunicipalities.GentNis, 5));
        store.Retentions.Add(new MunicipalityRetention(DemoMunicipalities.BrusselNis, 3));
    }

    [Theory]
    [InlineData("2030-03-19", false)] // the day before the last day
    [InlineData("2030-03-20", false)] // the last day of the five years
    [InlineData("2030-03-21", true)] // the day after
    public async Task A_Gent_case_is_anonymised_the_day_after_its_five_years(string day, bool anonymised)
    {
        var closed = Closed(DemoMunicipalities.Gent());

        var batch = (await Handle(day)).Value;

        Assert.Equal(anonymised, closed.IsAnonymised);
        Assert.Equal(anonymised ? 1 : 0, batch.Cases);
        Assert.Equal(anonymised, closed.Offender.NationalRegisterNumber is null);
    }

    [Theory]
    [InlineData("2028-03-20", false)]
    [InlineData("2028-03-21", true)]
    public async Task Each_municipality_counts_with_its_own_setting(string day, bool brusselAnonymised)
    {
        var gent = Closed(DemoMunicipalities.Gent());
        var brussel = Closed(DemoMunicipalities.Brussel());

        await Handle(day);

        Assert.False(gent.IsAnonymised);
        Assert.Equal(brusselAnonymised, brussel.IsAnonymised);
        Assert.Equal(2, store.CaseCutoffs.Count);
    }

    [Fact]
    public async Task A_case_still_open_after_the_period_is_left_alone()
    {
        var open = TestCases.Gent();
        store.Cases.Add(open);

        var batch = (await Handle("2040-01-01")).Value;

        Assert.Equal(0, batch.Cases);
        Assert.False(open.IsAnonymised);
        Assert.Equal(CaseEvent.FindingRecorded, Assert.Single(open.Timeline).Type);
    }

    [Fact]
    public async Task The_documents_of_an_anonymised_case_lose_their_content_and_keep_their_digest()
    {
        var closed = Closed(DemoMunicipalities.Gent());
        var letter = CaseDocument.Create(
            closed.Id, closed.Number, closed.MunicipalityNis, DocumentKind.Notice, "nl", "kennisgeving.pdf", "application/pdf", [1, 2, 3],
            TestClock.Instant(ClosedAt), "official@demo.sac");
        store.Documents.Add(letter);
        var digest = letter.Sha256;

        var batch = (await Handle("2030-03-21")).Value;

        Assert.Equal(1, batch.Documents);
        Assert.Empty(letter.Content);
        Assert.Equal(digest, letter.Sha256);
        Assert.Equal(TestClock.Date("2030-03-21"), letter.ContentErasedOn);
    }

    /// <summary>Brussel's three years are less than recidivism needs: its lines are kept 39 months from the decision, through 2028-06-10.</summary>
    [Theory]
    [InlineData("2028-06-10", false)]
    [InlineData("2028-06-11", true)]
    public async Task Register_lines_go_with_their_municipalitys_period_from_the_decision_never_before_recidivism_is_done_with_them(
        string day, bool brusselAnonymised)
    {
        var gentLine = Line(DemoMunicipalities.GentNis, "2025-03-10");
        var brusselLine = Line(DemoMunicipalities.BrusselNis, "2025-03-10");

        var batch = (await Handle(day)).Value;

        Assert.Equal(brusselAnonymised ? 1 : 0, batch.RegisterEntries);
        Assert.Equal(brusselAnonymised, brusselLine.Offender.IsAnonymised);
        Assert.False(gentLine.Offender.IsAnonymised);
    }

    [Fact]
    public async Task A_full_batch_says_more_remain_and_the_next_one_takes_the_rest()
    {
        var cases = Enumerable.Range(0, 3).Select(_ => Closed(DemoMunicipalities.Gent())).ToList();

        var first = (await Handle("2030-03-21", batchSize: 2)).Value;
        var second = (await Handle("2030-03-21", batchSize: 2)).Value;
        var third = (await Handle("2030-03-21", batchSize: 2)).Value;

        Assert.Equal((2, true), (first.Cases, first.MoreRemain));
        Assert.Equal((1, false), (second.Cases, second.MoreRemain));
        Assert.Equal((0, false), (third.Cases, third.MoreRemain));
        Assert.All(cases, c => Assert.True(c.IsAnonymised));
    }

    [Theory]
    [InlineData("2030-03-20", false)] // five years after the ban's last day
    [InlineData("2030-03-21", true)]
    public async Task A_place_ban_loses_its_person_and_its_letters_the_day_after_its_period(string day, bool anonymised)
    {
        var ban = PlaceBan.Record(
            DemoMunicipalities.GentNis, Addressee.Create(AddresseeKind.Person, "Jan Peeters", "88022999990", null, "nl").Value, "Korenmarkt",
            PlaceBanGround.RepeatedInfractions, "Wildplassen.", TestClock.Date("2025-03-01"), TestClock.Instant(ClosedAt), "admin@demo.sac").Value;
        Assert.True(ban.ImposePeriod(TestClock.Date("2025-03-01"), TestClock.Date("2025-03-01"), TestClock.Date("2025-03-20")).IsSuccess);
        store.PlaceBans.Add(ban);
        store.MeasureDocuments.AddRange([Letter(ban.Id), Letter(Guid.NewGuid())]);

        var batch = (await Handle(day)).Value;

        Assert.Equal((anonymised ? 1 : 0, anonymised ? 1 : 0), (batch.Measures, batch.MeasureLetters));
        Assert.Equal(anonymised ? 1 : 2, store.MeasureDocuments.Count);
        Assert.Equal(anonymised ? TestClock.Date(day) : null, ban.AnonymisedOn);
        Assert.Equal(anonymised, ban.Person.NationalRegisterNumber is null);
    }

    [Theory]
    [InlineData("2028-03-20", false)] // three years in Brussel after it was recorded
    [InlineData("2028-03-21", true)]
    public async Task A_college_sanction_never_decided_counts_from_its_recording_with_its_municipalitys_setting(string day, bool anonymised)
    {
        var brussel = DemoMunicipalities.Brussel();
        var sanction = CollegeSanction.Record(
            brussel.Nis, Addressee.Create(AddresseeKind.Company, "Café BV", null, null, "fr").Value, "Terrasse",
            [brussel.InfractionOn("LITTER", TestClock.Date("2025-03-20"))!], null, TestClock.Instant(ClosedAt), "official@demo.sac").Value;
        store.CollegeSanctions.Add(sanction);

        var batch = (await Handle(day)).Value;

        Assert.Equal(anonymised ? 1 : 0, batch.Measures);
        Assert.Equal(anonymised ? string.Empty : "Café BV", sanction.Holder.Name);
    }

    [Fact]
    public async Task Running_twice_changes_nothing_the_second_time()
    {
        var closed = Closed(DemoMunicipalities.Gent());
        await Handle("2030-03-21");
        var version = closed.Version;

        var again = (await Handle("2030-03-22")).Value;

        Assert.Equal(new AnonymisationBatch(0, 0, 0, 0, 0, false), again);
        Assert.Equal(version, closed.Version);
        Assert.Equal(TestClock.Date("2030-03-21"), closed.AnonymisedOn);
    }

    private Case Closed(Domain.Municipalities.Municipality municipality)
    {
        var opened = TestCases.Open(municipality, "LITTER", TestCases.FactsAt, TestCases.PeetersAtHome());
        Assert.True(opened.Close(CloseReason.NoSanction, "Eerste keer", TestClock.Instant(ClosedAt), "official@demo.sac").IsSuccess);
        store.Cases.Add(opened);
        return opened;
    }

    private RegisterEntry Line(string nis, string decidedOn)
    {
        var entry = RegisterEntry.Import(
            nis, "LITTER", TestCases.PeetersAtHome(), TestClock.Date(decidedOn), SanctionKind.Fine, 150m, null, final: true,
            TestClock.Instant(ClosedAt), "import").Value;
        store.RegisterEntries.Add(entry);
        return entry;
    }

    private static MeasureDocument Letter(Guid measureId) => MeasureDocument.CreatePdf(
        measureId, DemoMunicipalities.GentNis, MeasureLetterKind.PlaceBanPeriod, "nl", "verbod.pdf", [1, 2, 3], TestClock.Instant(ClosedAt), "admin@demo.sac");

    private async Task<Domain.Common.Result<AnonymisationBatch>> Handle(string day, int batchSize = AnonymiseExpiredCasesCommand.DefaultBatchSize) =>
        await new AnonymiseExpiredCasesHandler(store, TestClock.At($"{day}T02:30:00+01:00"))
            .Handle(new AnonymiseExpiredCasesCommand(batchSize), CancellationToken.None);
}
