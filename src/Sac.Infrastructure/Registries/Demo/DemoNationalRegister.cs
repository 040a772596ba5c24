using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Registries.Demo;

/// <summary>The National Register of the demo: the fictional people of <see cref="DemoRegistryData"/>.</summary>
internal sealed class DemoNationalRegister : INationalRegister
{
    public Task<RegistryAnswer<RegisteredPerson>> FindPersonAsync(string nationalRegisterNumber, CancellationToken cancellationToken)
    {
        var number = NationalRegisterNumber.Create(nationalRegisterNumber);
        var person = number.IsSuccess ? DemoRegistryData.People.FirstOrDefault(p => p.NationalRegisterNumber == number.Value.Value) : null;
        return Task.FromResult(person is null ? RegistryAnswer<RegisteredPerson>.NotFound() : RegistryAnswer<RegisteredPerson>.Found(person));
    }
}
