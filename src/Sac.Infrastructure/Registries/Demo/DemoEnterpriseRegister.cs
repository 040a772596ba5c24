using Sac.Application.Registries;
using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Registries.Demo;

/// <summary>The Crossroads Bank for Enterprises of the demo: the fictional companies of <see cref="DemoRegistryData"/>.</summary>
internal sealed class DemoEnterpriseRegister : IEnterpriseRegister
{
    public Task<RegistryAnswer<RegisteredCompany>> FindCompanyAsync(string enterpriseNumber, CancellationToken cancellationToken)
    {
        var number = EnterpriseNumber.Create(enterpriseNumber);
        var company = number.IsSuccess ? DemoRegistryData.Companies.FirstOrDefault(c => c.EnterpriseNumber == number.Value.Value) : null;
        return Task.FromResult(company is null ? RegistryAnswer<RegisteredCompany>.NotFound() : RegistryAnswer<RegisteredCompany>.Found(company));
    }
}
