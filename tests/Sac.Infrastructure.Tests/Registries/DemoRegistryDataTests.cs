using Sac.Application.Registries;
using Sac.Domain.Offenders;
using Sac.Infrastructure.Registries.Demo;

namespace Sac.Infrastructure.Tests.Registries;

/// <summary>The demo registries' data passes our own validators, and holds the people and vehicles the flows need.</summary>
public sealed class DemoRegistryDataTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 10);

    public static TheoryData<string> PeopleNumbers() => [.. DemoRegistryData.People.Select(p => p.NationalRegisterNumber)];

    public static TheoryData<string> CompanyNumbers() => [.. DemoRegistryData.Companies.Select(c => c.EnterpriseNumber)];

    public static TheoryData<string> Plates() => [.. DemoRegistryData.Registrations.Select(r => r.Plate).Distinct()];

    [Theory]
    [MemberData(nameof(PeopleNumbers))]
    public void Every_national_register_number_is_valid_and_agrees_with_the_birth_date_and_sex(string number)
    {
        var parsed = NationalRegisterNumber.Create(number);
        var person = DemoRegistryData.People.Single(p => p.NationalRegisterNumber == number);

        Assert.True(parsed.IsSuccess, number);
        Assert.Equal(number, parsed.Value.Value);
        Assert.Equal(person.BirthDate, parsed.Value.BirthDate);
        Assert.Equal(person.Sex, parsed.Value.Sex);
        Assert.Contains(person.Language, new[] { "nl", "fr" });
    }

    [Theory]
    [MemberData(nameof(CompanyNumbers))]
    public void Every_enterprise_number_is_valid(string number)
    {
        var parsed = EnterpriseNumber.Create(number);

        Assert.True(parsed.IsSuccess, number);
        Assert.Equal(number, parsed.Value.Value);
    }

    [Theory]
    [MemberData(nameof(Plates))]
    public void Every_plate_is_a_Belgian_plate_in_its_normal_form_and_its_holders_never_overlap(string plate)
    {
        var parsed = LicencePlate.Create(plate, "BE");
        var periods = DemoRegistryData.Registrations.Where(r => r.Plate == plate).OrderBy(r => r.From).ToList();

        Assert.True(parsed.IsSuccess, plate);
        Assert.Equal(plate, parsed.Value.Value);
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.True(pair.First.Until < pair.Second.From, plate));
        Assert.All(periods, r => Assert.True(
            DemoRegistryData.People.Any(p => p.NationalRegisterNumber == r.NationalRegisterNumber)
            ^ DemoRegistryData.Companies.Any(c => c.EnterpriseNumber == r.EnterpriseNumber), plate));
    }

    [Fact]
    public void The_numbers_are_unique()
    {
        Assert.Equal(DemoRegistryData.People.Count, DemoRegistryData.People.Select(p => p.NationalRegisterNumber).Distinct().Count());
        Assert.Equal(DemoRegistryData.Companies.Count, DemoRegistryData.Companies.Select(c => c.EnterpriseNumber).Distinct().Count());
    }

    [Fact]
    public void The_people_the_flows_need_are_there()
    {
        var people = DemoRegistryData.People;
        var today = DateOnly.FromDateTime(DateTime.Today);

        Assert.Contains(people, p => p is { NationalRegisterNumber: "88022999990", LastName: "Peeters", FirstNames: "Jan" });
        Assert.Contains(people, p => p.BirthDate.Year >= 2000 && Age.InYearsOn(p.BirthDate, March2025) >= 18);
        Assert.Contains(people, p => Age.InYearsOn(p.BirthDate, March2025) is >= 14 and < 18 && Age.InYearsOn(p.BirthDate, today) is >= 14 and < 18);
        Assert.Contains(people, p => Age.InYearsOn(p.BirthDate, March2025) < 14);
        Assert.Contains(people, p => p.Deceased);
        Assert.Contains(people, p => p.Language == "nl");
        Assert.Contains(people, p => p.Language == "fr");
        Assert.All(people.Select(p => p.MainAddress.PostalCode), code => Assert.Contains(code, new[] { "9000", "1000", "4000", "2000" }));
        Assert.Contains(DemoRegistryData.Companies, c => c.Active);
        Assert.Contains(DemoRegistryData.Companies, c => !c.Active);
    }

    [Fact]
    public async Task The_plate_that_changed_holder_answers_the_holder_of_each_date()
    {
        var registry = new DemoVehicleRegistry();
        var changed = DemoRegistryData.HolderChangedOn;

        var before = await registry.FindHolderAsync("1-GNT-482", changed.AddDays(-1), CancellationToken.None);
        var after = await registry.FindHolderAsync("1-GNT-482", changed, CancellationToken.None);

        Assert.Equal(("Dupont", DemoRegistryData.ThomasDupont), (before.Value!.Name, before.Value.NationalRegisterNumber));
        Assert.Equal(changed.AddDays(-1), before.Value.HolderUntil);
        Assert.Equal(("Maes", DemoRegistryData.SofieMaes), (after.Value!.Name, after.Value.NationalRegisterNumber));
    }

    [Fact]
    public async Task The_company_car_has_the_company_as_holder()
    {
        var holder = (await new DemoVehicleRegistry().FindHolderAsync(DemoRegistryData.CompanyCarPlate, March2025, CancellationToken.None)).Value!;

        Assert.Equal((DemoRegistryData.TransportsMosans, null, "Transports Mosans SA"), (holder.EnterpriseNumber, holder.NationalRegisterNumber, holder.Name));
    }

    [Theory]
    [InlineData(DemoRegistryData.ForeignPlate, "2025-03-01", RegistryOutcome.NotFound)]
    [InlineData(DemoRegistryData.DeregisteredPlate, "2024-10-01", RegistryOutcome.NotFound)]
    [InlineData(DemoRegistryData.DeregisteredPlate, "2024-09-30", RegistryOutcome.Found)]
    [InlineData(DemoRegistryData.UnavailablePlate, "2025-03-01", RegistryOutcome.Failed)]
    public async Task Other_plates_answer_as_documented(string plate, string at, RegistryOutcome outcome)
    {
        var answer = await new DemoVehicleRegistry().FindHolderAsync(plate, DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal(outcome, answer.Outcome);
    }

    [Fact]
    public async Task The_registers_find_by_number_in_any_written_form_and_know_nobody_else()
    {
        var person = await new DemoNationalRegister().FindPersonAsync("88.02.29-999.90", CancellationToken.None);
        var stranger = await new DemoNationalRegister().FindPersonAsync("85061515558", CancellationToken.None);
        var company = await new DemoEnterpriseRegister().FindCompanyAsync("BE 0440.966.354", CancellationToken.None);
        var stopped = await new DemoEnterpriseRegister().FindCompanyAsync(DemoRegistryData.FrituurHetZuid, CancellationToken.None);

        Assert.Equal("Peeters", person.Value!.LastName);
        Assert.Equal(RegistryOutcome.NotFound, stranger.Outcome);
        Assert.Equal("Schoonmaak Gent BV", company.Value!.Name);
        Assert.False(stopped.Value!.Active);
    }
}
