using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Tests.Registries;

public sealed class HttpNationalRegisterTests : IAsyncLifetime
{
    private FakeGateway gateway = null!;
    private RegistryTestHost host = null!;

    public async Task InitializeAsync()
    {
        gateway = await FakeGateway.StartAsync();
        host = RegistryTestHost.Start(gateway.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await gateway.DisposeAsync();
    }

    [Fact]
    public async Task Maps_every_field_of_a_person_and_asks_for_the_number_under_the_base_path()
    {
        gateway.Answer = Reply.Json("""
            {
              "nationalNumber": "85073003328",
              "name": { "last": "Peeters", "first": "Jan Maria" },
              "birthDate": "1985-07-30",
              "gender": "M",
              "language": "nl",
              "residence": {
                "street": "Kerkstraat", "houseNumber": "12", "box": "3",
                "postalCode": "9000", "municipality": "Gent", "country": "BE"
              },
              "deceased": null
            }
            """);

        var answer = await host.NationalRegister.FindPersonAsync("85.07.30-033.28", CancellationToken.None);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
        Assert.Equal(
            new RegisteredPerson("85073003328", "Peeters", "Jan Maria", new DateOnly(1985, 7, 30), Sex.Male, "nl",
                new Address("Kerkstraat", "12/3", "9000", "Gent", "BE"), Deceased: false),
            answer.Value);
        Assert.Equal("/persons/85073003328", Assert.Single(gateway.Requests));
        Assert.Equal("application/json", Assert.Single(gateway.AcceptHeaders));
    }

    [Fact]
    public async Task A_deceased_person_abroad_with_unknown_fields_in_the_answer()
    {
        gateway.Answer = Reply.Json("""
            {
              "nationalNumber": "62011514733",
              "name": { "last": "Dubois", "first": "Marie-Claire", "middle": "ignored" },
              "birthDate": "1962-01-15",
              "gender": "F",
              "nationality": "BE",
              "language": "FR",
              "residence": {
                "street": "Rue de Rivoli", "houseNumber": "99", "box": null,
                "postalCode": "75001", "municipality": "Paris", "country": "fr", "since": "2019-04-01"
              },
              "deceased": { "date": "2024-11-02", "place": "Paris" },
              "links": [ { "rel": "self", "href": "/persons/62011514733" } ]
            }
            """);

        var answer = await host.NationalRegister.FindPersonAsync("62011514733", CancellationToken.None);

        Assert.Equal(RegistryOutcome.Found, answer.Outcome);
        var person = answer.Value!;
        Assert.True(person.Deceased);
        Assert.Equal(Sex.Female, person.Sex);
        Assert.Equal("fr", person.Language);
        Assert.Equal(new DateOnly(1962, 1, 15), person.BirthDate);
        Assert.Equal(new Address("Rue de Rivoli", "99", "75001", "Paris", "FR"), person.MainAddress);
    }

    [Fact]
    public async Task A_person_without_first_names_gender_or_a_language_sac_records()
    {
        gateway.Answer = Reply.Json("""
            {
              "nationalNumber": "05030224445",
              "name": { "last": "Nguyen" },
              "birthDate": "2005-03-02",
              "language": "en",
              "residence": { "postalCode": "1000", "municipality": "Brussel", "country": "BE" }
            }
            """);

        var person = (await host.NationalRegister.FindPersonAsync("05030224445", CancellationToken.None)).Value!;

        Assert.Equal(string.Empty, person.FirstNames);
        Assert.Equal(Sex.Unknown, person.Sex);
        Assert.Null(person.Language);
        Assert.False(person.Deceased);
        Assert.Equal(new Address(null, null, "1000", "Brussel", "BE"), person.MainAddress);
    }

    [Fact]
    public async Task An_answer_about_another_number_is_a_failure()
    {
        gateway.Answer = Reply.Json("""
            {
              "nationalNumber": "62011514733",
              "name": { "last": "Dubois" }, "birthDate": "1962-01-15", "gender": "F",
              "residence": { "municipality": "Namur", "country": "BE" }
            }
            """);

        var answer = await host.NationalRegister.FindPersonAsync("85073003328", CancellationToken.None);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Contains("nationalNumber is not the number asked for", answer.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_that_is_not_eleven_digits_is_not_sent()
    {
        var answer = await host.NationalRegister.FindPersonAsync("8507300332", CancellationToken.None);

        Assert.Equal(RegistryOutcome.Failed, answer.Outcome);
        Assert.Equal(0, gateway.Hits);
    }
}
