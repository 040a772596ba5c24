using FluentValidation;
using Mediator;
using Sac.Application.Common.Ports;
using Sac.Application.Measures;
using Sac.Domain.Common;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Measures;

namespace Sac.Application.PlaceBans;

/// <summary>The first period of a place ban, or a renewal; its letter is kept with the ban.</summary>
public sealed record ImposePlaceBanPeriodCommand(Guid Id, DateOnly? DecidedOn, DateOnly? StartsOn, DateOnly? EndsOn, int? ExpectedVersion = null) : ICommand<Result>;

internal sealed class ImposePlaceBanPeriodValidator : AbstractValidator<ImposePlaceBanPeriodCommand>
{
    public ImposePlaceBanPeriodValidator()
    {
        RuleFor(c => c.DecidedOn).NotNull();
        RuleFor(c => c.StartsOn).NotNull();
        RuleFor(c => c.EndsOn).NotNull();
    }
}

internal sealed class ImposePlaceBanPeriodHandler(
    IPlaceBanRepository bans, IMunicipalityRepository municipalities, ICurrentUser user, MeasureLetters letters)
    : ICommandHandler<ImposePlaceBanPeriodCommand, Result>
{
    public async ValueTask<Result> Handle(ImposePlaceBanPeriodCommand command, CancellationToken cancellationToken)
    {
        var found = await bans.GetAsync(command.Id, cancellationToken);
        var access = user.ToActOn(found, found?.MunicipalityNis, found?.Version ?? 0, command.ExpectedVersion, "The place ban");
        if (access.IsFailure)
        {
            return access;
        }

        var ban = access.Value;
        var imposed = ban.ImposePeriod(command.DecidedOn!.Value, command.StartsOn!.Value, command.EndsOn!.Value);
        if (imposed.IsFailure)
        {
            return imposed;
        }

        var municipality = await municipalities.GetAsync(ban.MunicipalityNis, cancellationToken)
            ?? throw new InvalidOperationException($"Place ban {ban.Id} points to a missing municipality.");
        var period = imposed.Value;
        var regime = LegalRegimeHistory.On(period.DecidedOn)!;
        var language = ban.Person.Language;
        letters.Keep(
            ban.Id,
            ban.MunicipalityNis,
            new PlaceBanLetter(
                language, MeasureLetters.Sender(municipality, language), MeasureLetters.Recipient(ban.Person), MeasureReference.Of(ban.Id),
                period.DecidedOn, period, regime.PlaceBanPeriodMonths, regime.PlaceBanRenewals + 1, ban.Place, ban.Ground, ban.Grounds, ban.HeardOn, regime.CouncilOfStateAppealDays),
            user.Name);
        return Result.Success();
    }
}
