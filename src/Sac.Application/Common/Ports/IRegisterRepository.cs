using Sac.Domain.Register;

namespace Sac.Application.Common.Ports;

/// <summary>The GAS register: the decisions recidivism is looked up in.</summary>
public interface IRegisterRepository
{
    void Add(RegisterEntry entry);

    Task<IReadOnlyList<PriorSanction>> FindSanctionsAsync(
        string offenderKey, IReadOnlyCollection<string> municipalities, CancellationToken cancellationToken);
}
