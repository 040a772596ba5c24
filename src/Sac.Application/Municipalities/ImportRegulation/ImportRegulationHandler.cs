using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Municipalities.DefineInfraction;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Municipalities.ImportRegulation;

internal sealed class ImportRegulationHandler(ICurrentUser user, IMunicipalityRepository municipalities, IUnitOfWork unitOfWork)
    : ICommandHandler<ImportRegulationCommand, Result<RegulationImport>>
{
    public async ValueTask<Result<RegulationImport>> Handle(ImportRegulationCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Nis, ApplicationErrors.NotFound("The municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return Result<RegulationImport>.Failure(access.Errors);
        }

        var imported = Apply(access.Value, command.Versions);

        // A preview or a refused file leaves no changed object behind for what this request reads next.
        if (command.Preview || imported.IsFailure)
        {
            unitOfWork.DiscardChanges();
        }

        return imported;
    }

    /// <summary>Defines each version in date order per infraction, as an administrator would by hand, then checks the last days the file gives.</summary>
    private static Result<RegulationImport> Apply(Municipality municipality, IReadOnlyList<ImportedVersion> versions)
    {
        var outcomes = new ImportOutcome[versions.Count];
        var errors = new List<Error>();
        var seen = new HashSet<(string, DateOnly)>();
        var inDateOrder = versions.Select((version, index) => (Index: index, Definition: version.Definition.ToDefinition()))
            .OrderBy(v => v.Definition.Code, StringComparer.Ordinal).ThenBy(v => v.Definition.ValidFrom);
        foreach (var (index, definition) in inDateOrder)
        {
            if (!seen.Add((definition.Code, definition.ValidFrom)))
            {
                errors.Add(AtRow(index, ImportErrors.DuplicateVersion));
                continue;
            }

            var stored = VersionOf(municipality, definition.Code, definition.ValidFrom);
            if (stored is not null && stored.HasSameTermsAs(definition))
            {
                outcomes[index] = ImportOutcome.Unchanged;
                continue;
            }

            var defined = municipality.DefineInfraction(definition);
            errors.AddRange(defined.Errors.Select(e => AtRow(index, e)));
            outcomes[index] = stored is null ? ImportOutcome.Added : ImportOutcome.Changed;
        }

        if (errors.Count == 0)
        {
            errors.AddRange(versions.Select((version, index) => (version, index))
                .Where(v => v.version.ValidTo is { } validTo
                    && VersionOf(municipality, v.version.Definition.Code, v.version.Definition.ValidFrom!.Value)?.ValidTo != validTo)
                .Select(v => AtRow(v.index, ImportErrors.ValidToNotTheDayBeforeTheNextVersion)));
        }

        return errors.Count > 0 ? Result<RegulationImport>.Failure(errors) : new RegulationImport(outcomes);
    }

    private static Infraction? VersionOf(Municipality municipality, string code, DateOnly validFrom) =>
        municipality.Infractions.FirstOrDefault(i => i.Code == code && i.ValidFrom == validFrom);

    private static Error AtRow(int index, Error error) =>
        error with { Field = $"versions[{index}]" + (error.Field is { } field ? "." + field : string.Empty) };
}
