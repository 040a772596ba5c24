using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;
using Sac.Domain.Offenders;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.DataProtection;

/// <summary>
/// A fine paid and closed on 2025-05-12: with five years its personal data is kept until 2030-05-12 and erased from
/// 2030-05-13 on; what statistics need stays.
/// </summary>
public sealed class CaseAnonymisationTests
{
    private const string Nrn = "88022999990";

    private static Offender Person() => Offender.Person(
        NationalRegisterNumber.Create(Nrn).Value, "Peeters", "Jan", null, "nl", new Address("Veldstraat", "12", "9000", "Gent", "BE"));

    private static Scenario PaidAndClosed()
    {
        var scenario = Open(offender: Person()).Noticed()
            .Do(c => c.RegisterDefence(Date("2025-03-10"), "Ik, Jan Peeters (88.02.29-999.90), woon in de Veldstraat 12.", Noon("2025-03-10"), Official))
            .HearingScheduled("2025-03-11", "2025-03-20T13:00:00Z")
            .HearingHeld("2025-03-20")
            .Decided(DecisionKind.Fine, "2025-03-24", amount: 200m)
            .Notified("2025-03-25")
            .Swept("2025-04-29")
            .Paid(200m, "2025-05-10");
        return scenario.Do(c => c.Close(CloseReason.Paid, "Betaald door Jan Peeters zelf", Noon("2025-05-12"), Official));
    }

    [Fact]
    public void Closing_records_the_day_the_retention_period_runs_from() =>
        Assert.Equal(Date("2025-05-12"), PaidAndClosed().Case.ClosedOn);

    [Theory]
    [InlineData("2030-05-11")]
    [InlineData("2030-05-12")]
    public void Until_the_last_day_of_the_period_nothing_is_erased(string day)
    {
        var closed = PaidAndClosed().Case;
        var before = CaseSnapshot.Of(closed);

        var result = closed.Anonymise(5, Noon(day), Job);

        Assert.Equal("RETENTION_RUNNING", Assert.Single(result.Errors).Code);
        Assert.Equal(before, CaseSnapshot.Of(closed));
        Assert.Equal(Nrn, closed.Offender.NationalRegisterNumber);
        Assert.Null(closed.AnonymisedOn);
    }

    [Fact]
    public void An_open_case_is_never_anonymised()
    {
        var open = FineEnforceable().Case;

        Assert.Equal("RETENTION_RUNNING", Assert.Single(open.Anonymise(1, Noon("2060-01-01"), Job).Errors).Code);
        Assert.False(open.IsAnonymised);
    }

    [Fact]
    public void The_day_after_the_period_the_personal_data_goes()
    {
        var closed = PaidAndClosed().Case;

        Assert.True(closed.Anonymise(5, Noon("2030-05-13"), Job).IsSuccess);

        var offender = closed.Offender;
        Assert.True(offender.IsAnonymised);
        Assert.Null(offender.NationalRegisterNumber);
        Assert.Null(offender.LastName);
        Assert.Null(offender.FirstName);
        Assert.Null(offender.BirthDate);
        Assert.Null(offender.IdentityKey);
        Assert.Equal(string.Empty, offender.DisplayName);
        Assert.Equal(new Address(null, null, "9000", "Gent", "BE"), offender.Address);
        Assert.Null(closed.Description);
        Assert.Null(closed.IntakeFingerprint);
        Assert.Null(closed.Place.HouseNumber);
        Assert.Null(closed.Place.Latitude);
        Assert.Null(closed.Place.Longitude);
        Assert.Equal(string.Empty, Assert.Single(closed.Defences).Text);
        Assert.Null(closed.Hearing!.Minutes);
        Assert.Null(closed.Decision!.Reasoning);
        Assert.Null(Assert.Single(closed.Payments).Communication);
        Assert.Equal("Paid", closed.Timeline.Single(e => e.Type == CaseEvent.CaseClosed).Detail);
        Assert.Equal("2025-03-20 13:00", closed.Timeline.Single(e => e.Type == CaseEvent.HearingScheduled).Detail);
        Assert.DoesNotContain(closed.Timeline, e => e.Detail?.Contains("Peeters", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void What_statistics_need_stays()
    {
        var closed = PaidAndClosed().Case;
        var timeline = closed.Timeline.Select(e => (e.At, e.Type, e.By)).ToList();

        closed.Anonymise(5, Noon("2030-05-13"), Job);

        Assert.Equal(Date("2030-05-13"), closed.AnonymisedOn);
        Assert.Equal(37, closed.OffenderAgeAtFacts); // born 29 February 1988, facts on 1 March 2025
        Assert.Equal(Sex.Male, closed.OffenderSex);
        Assert.Equal(OffenderType.Person, closed.Offender.Type);
        Assert.Equal("nl", closed.Offender.Language);
        Assert.Equal(Gent, closed.MunicipalityNis);
        Assert.Equal("LITTER", closed.InfractionCode);
        Assert.Equal(Date("2025-03-01"), closed.FactsDate);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CloseReason.Paid, closed.CloseReason);
        Assert.Equal((DecisionKind.Fine, 200m, Date("2025-03-24")), (closed.Decision!.Kind, closed.Decision.Amount, closed.Decision.DecidedOn));
        Assert.Equal((Date("2025-05-10"), 200m), (closed.Payments[0].PaidOn, closed.Payments[0].Amount));
        Assert.Equal(Date("2025-03-10"), closed.Defences[0].ReceivedOn);
        Assert.Equal(("Korenmarkt", "9000", "Gent"), (closed.Place.Street, closed.Place.PostalCode, closed.Place.City));
        Assert.Equal("Fine 200.00", closed.Timeline.Single(e => e.Type == CaseEvent.Decided).Detail);
        Assert.Equal("200.00 2025-05-10", closed.Timeline.Single(e => e.Type == CaseEvent.PaymentRegistered).Detail);

        // Every line stays, in its order, and one more says what happened.
        Assert.Equal([.. timeline, (Noon("2030-05-13"), CaseEvent.Anonymised, Job)], closed.Timeline.Select(e => (e.At, e.Type, e.By)).ToList());
    }

    [Fact]
    public void Anonymising_twice_changes_nothing_the_second_time()
    {
        var closed = PaidAndClosed().Case;
        closed.Anonymise(5, Noon("2030-05-13"), Job);
        var once = CaseSnapshot.Of(closed);

        var again = closed.Anonymise(5, Noon("2030-06-01"), Job);

        Assert.True(again.IsSuccess);
        Assert.Equal(once, CaseSnapshot.Of(closed));
        Assert.Equal(Date("2030-05-13"), closed.AnonymisedOn);
    }

    [Fact]
    public void A_shorter_retention_setting_ends_sooner()
    {
        Assert.True(PaidAndClosed().Case.Anonymise(1, Noon("2026-05-13"), Job).IsSuccess);
        Assert.False(PaidAndClosed().Case.Anonymise(2, Noon("2026-05-13"), Job).IsSuccess);
    }

    [Fact]
    public void A_company_and_a_vehicle_keep_only_their_type_and_country()
    {
        var company = Open(offender: Offender.Company(
            EnterpriseNumber.Create("0440966354").Value, "Bakkerij Peeters BV", "fr", new Address("Kerkstraat", "1", "1000", "Brussel", "BE"))).Case;
        var vehicle = Open(offender: Build.Vehicle()).Case;
        foreach (var c in new[] { company, vehicle })
        {
            Assert.True(c.Close(CloseReason.NoSanction, null, Noon("2025-03-05"), Official).IsSuccess);
            Assert.True(c.Anonymise(5, Noon("2030-03-06"), Job).IsSuccess);
        }

        Assert.Equal((OffenderType.Company, null, null, "fr"), (company.Offender.Type, company.Offender.EnterpriseNumber, company.Offender.CompanyName, company.Offender.Language));
        Assert.Equal(new Address(null, null, "1000", "Brussel", "BE"), company.Offender.Address);
        Assert.Null(company.OffenderSex);
        Assert.Equal((OffenderType.Vehicle, null, "BE"), (vehicle.Offender.Type, vehicle.Offender.Plate, vehicle.Offender.PlateCountry));
        Assert.Null(vehicle.OffenderAgeAtFacts);
    }

    [Theory]
    [InlineData(DocumentKind.DefenceAttachment, "verweer-jan-peeters.pdf", "DefenceAttachment.pdf")]
    [InlineData(DocumentKind.EvidencePhoto, "jan-peeters-met-blikje.jpg", "EvidencePhoto.jpg")]
    public void A_received_file_keeps_its_kind_dates_and_digest_as_proof_and_loses_its_content_and_name(DocumentKind kind, string fileName, string erasedName)
    {
        var document = CaseDocument.Create(Guid.NewGuid(), Number, Gent, kind, null, fileName, "application/octet-stream", [1, 2, 3], Noon("2025-03-10"), Official);
        var digest = document.Sha256;

        document.EraseContent(Date("2030-05-13"));
        document.EraseContent(Date("2030-06-01"));

        Assert.Empty(document.Content);
        Assert.Equal(erasedName, document.FileName);
        Assert.Equal((digest, 3L, kind), (document.Sha256, document.Size, document.Kind));
        Assert.Equal(Date("2030-05-13"), document.ContentErasedOn);
    }
}
