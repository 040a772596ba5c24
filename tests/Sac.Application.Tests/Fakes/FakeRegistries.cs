using Sac.Application.Common.Ports;
using Sac.Application.Registries;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.Offenders;

namespace Sac.Application.Tests.Fakes;

/// <summary>The registry-access log as a list of the lines written.</summary>
internal sealed class FakeRegistryAccessLog : IRegistryAccessLog
{
    public List<RegistryAccess> Lines { get; } = [];

    public Task AppendAsync(RegistryAccess access)
    {
        Lines.Add(access);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The three registries at once: answers what a test put in, NotFound otherwise, Failed while <see cref="Down"/>; counts the
/// questions asked, so a test sees that a refused lookup never reached a registry.
/// </summary>
internal sealed class FakeRegistries : INationalRegister, IVehicleRegistry, IEnterpriseRegister
{
    public static readonly Address Gent = new("Veldstraat", "10", "9000", "Gent", "BE");

    public List<RegisteredPerson> People { get; } = [];

    public List<VehicleHolder> Holders { get; } = [];

    public List<RegisteredCompany> Companies { get; } = [];

    public bool Down { get; set; }

    public int Questions { get; private set; }

    public static RegisteredPerson Peeters(bool deceased = false) =>
        new("88022999990", "Peeters", "Jan", new DateOnly(1988, 2, 29), Sex.Male, "nl", Gent, deceased);

    public static VehicleHolder PersonHolder(string plate, string from, string? until, string number, string lastName) =>
        new(plate, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
            number, null, lastName, "Thomas", null, "fr", new Address("Rue du Midi", "80", "1000", "Bruxelles", "BE"));

    public static VehicleHolder CompanyHolder(string plate) =>
        new(plate, new DateOnly(2020, 1, 1), null, null, "0831797467", "Transports Mosans SA", null, null, "fr", new Address("Quai de la Batte", "10", "4000", "Liège", "BE"));

    public Task<RegistryAnswer<RegisteredPerson>> FindPersonAsync(string nationalRegisterNumber, CancellationToken cancellationToken) =>
        Answer(People.FirstOrDefault(p => p.NationalRegisterNumber == nationalRegisterNumber));

    public Task<RegistryAnswer<VehicleHolder>> FindHolderAsync(string plate, DateOnly at, CancellationToken cancellationToken) =>
        Answer(Holders.FirstOrDefault(h => h.Plate == plate && h.HolderFrom <= at && (h.HolderUntil is null || at <= h.HolderUntil)));

    public Task<RegistryAnswer<RegisteredCompany>> FindCompanyAsync(string enterpriseNumber, CancellationToken cancellationToken) =>
        Answer(Companies.FirstOrDefault(c => c.EnterpriseNumber == enterpriseNumber));

    private Task<RegistryAnswer<T>> Answer<T>(T? found)
        where T : class
    {
        Questions++;
        return Task.FromResult(Down ? RegistryAnswer<T>.Failed("timeout") : found is null ? RegistryAnswer<T>.NotFound() : RegistryAnswer<T>.Found(found));
    }
}

/// <summary>The pending vehicle findings, chosen as the database would: from the cases a test stored.</summary>
internal sealed class FakePendingIdentifications(IEnumerable<Case> cases) : IPendingIdentifications
{
    public Task<IReadOnlyList<Case>> TakeAsync(int batchSize, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Case>>(
            [.. cases.Where(c => c.AwaitsVehicleHolder && c.Timeline.All(e => e.Type != CaseEvent.HolderNotFound)).OrderBy(c => c.FactsDate).Take(batchSize)]);
}
