using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Measures;
using Sac.Domain.Common;
using Sac.Domain.PlaceBans;

namespace Sac.Application.PlaceBans;

/// <summary>A place ban recorded in the municipality's register once the person was heard, before its first period; answers its id.</summary>
public sealed record RecordPlaceBanCommand(
    string? Municipality, AddresseeInput? Person, string? Place, PlaceBanGround? Ground, string? Grounds, DateOnly? HeardOn) : ICommand<Result<Guid>>;

internal sealed class RecordPlaceBanValidator : AbstractValidator<RecordPlaceBanCommand>
{
    public RecordPlaceBanValidator()
    {
        RuleFor(c => c.Municipality).NotEmpty();
        RuleFor(c => c.Person).NotNull().SetValidator(new AddresseeInputValidator()!);
        RuleFor(c => c.Place).NotEmpty().MaximumLength(500).WithoutControlCharacters(allowLineBreaks: true);
        RuleFor(c => c.Ground).NotNull().IsInEnum();
        RuleFor(c => c.Grounds).NotEmpty().MaximumLength(20000).WithoutControlCharacters(allowLineBreaks: true);
        RuleFor(c => c.HeardOn).NotNull();
    }
}

internal sealed class RecordPlaceBanHandler(IMunicipalityRepository municipalities, IPlaceBanRepository bans, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordPlaceBanCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RecordPlaceBanCommand command, CancellationToken cancellationToken)
    {
        var access = await municipalities.GetToActOnAsync(user, command.Municipality!, ApplicationErrors.UnknownMunicipality("municipality"), cancellationToken);
        if (access.IsFailure)
        {
            return Result<Guid>.Failure(access.Errors);
        }

        var person = command.Person!.ToAddressee("person");
        if (person.IsFailure)
        {
            return Result<Guid>.Failure(person.Errors);
        }

        var recorded = PlaceBan.Record(
            access.Value.Nis, person.Value, command.Place, command.Ground!.Value, command.Grounds, command.HeardOn!.Value, clock.GetUtcNow(), user.Name);
        if (recorded.IsFailure)
        {
            return Result<Guid>.Failure(recorded.Errors);
        }

        bans.Add(recorded.Value);
        return recorded.Value.Id;
    }
}
