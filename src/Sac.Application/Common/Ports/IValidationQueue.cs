using Sac.Application.Cases.Validation;

namespace Sac.Application.Common.Ports;

/// <summary>The read side of the validation queue: device findings not yet validated, oldest first, with their photos' ids.</summary>
public interface IValidationQueue
{
    Task<PagedList<AwaitingValidation>> ListAsync(IReadOnlyCollection<string> municipalities, int page, int pageSize, CancellationToken cancellationToken);
}
