using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Application.Letters;
using Sac.Application.Measures;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Common;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Measures;
using Sac.Domain.Municipalities;

namespace Sac.Application.CollegeSanctions;

/// <summary>A step of a college sanction; <see cref="ExpectedVersion"/> refuses the step when someone changed it since.</summary>
public interface ICollegeSanctionStep : ICommand<Result>
{
    Guid Id { get; }

    int? ExpectedVersion { get; }
}

/// <summary>The prior warning, with the extract of the regulation, sent to the holder; its letter is kept with the sanction.</summary>
public sealed record SendCollegeWarningCommand(Guid Id, DateOnly? SentOn, int? ExpectedVersion = null) : ICollegeSanctionStep;

/// <summary>The college's decision.</summary>
public sealed record DecideCollegeSanctionCommand(
    Guid Id, DateOnly? DecidedOn, CollegeSanctionKind? Kind, DateOnly? StartsOn, DateOnly? EndsOn, string? Reasons, int? ExpectedVersion = null)
    : ICollegeSanctionStep;

/// <summary>The decision notified to the holder; its letter is kept with the sanction.</summary>
public sealed record NotifyCollegeSanctionCommand(Guid Id, DateOnly? SentOn, int? ExpectedVersion = null) : ICollegeSanctionStep;

internal sealed class SendCollegeWarningValidator : AbstractValidator<SendCollegeWarningCommand>
{
    public SendCollegeWarningValidator() => RuleFor(c => c.SentOn).NotNull();
}

internal sealed class DecideCollegeSanctionValidator : AbstractValidator<DecideCollegeSanctionCommand>
{
    public DecideCollegeSanctionValidator()
    {
        RuleFor(c => c.DecidedOn).NotNull();
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.StartsOn).NotNull();
        RuleFor(c => c.Reasons).NotEmpty().MaximumLength(20000).WithoutControlCharacters(allowLineBreaks: true);
    }
}

internal sealed class NotifyCollegeSanctionValidator : AbstractValidator<NotifyCollegeSanctionCommand>
{
    public NotifyCollegeSanctionValidator() => RuleFor(c => c.SentOn).NotNull();
}

/// <summary>Loads the sanction for a step, lets the step act on it, and writes its letter when it sends one.</summary>
internal abstract class CollegeSanctionStepHandler<TCommand>(
    ICollegeSanctionRepository sanctions, IMunicipalityRepository municipalities, ICurrentUser user, MeasureLetters letters)
    : ICommandHandler<TCommand, Result>
    where TCommand : ICollegeSanctionStep
{
    public async ValueTask<Result> Handle(TCommand command, CancellationToken cancellationToken)
    {
        var found = await sanctions.GetAsync(command.Id, cancellationToken);
        var access = user.ToActOn(found, found?.MunicipalityNis, found?.Version ?? 0, command.ExpectedVersion, "The college sanction");
        if (access.IsFailure)
        {
            return access;
        }

        var sanction = access.Value;
        var done = Apply(sanction, command);
        if (done.IsFailure)
        {
            return done;
        }

        var municipality = await municipalities.GetAsync(sanction.MunicipalityNis, cancellationToken)
            ?? throw new InvalidOperationException($"College sanction {sanction.Id} points to a missing municipality.");
        if (Letter(sanction, municipality) is { } letter)
        {
            letters.Keep(sanction.Id, sanction.MunicipalityNis, letter, user.Name);
        }

        return Result.Success();
    }

    protected abstract Result Apply(CollegeSanction sanction, TCommand command);

    /// <summary>The letter this step sends, if any.</summary>
    protected virtual MeasureLetter? Letter(CollegeSanction sanction, Municipality municipality) => null;

    protected static (string Language, MeasureSender Sender, LetterRecipient Recipient, string Reference) Frame(
        CollegeSanction sanction, Municipality municipality) =>
        (sanction.Holder.Language, MeasureLetters.Sender(municipality, sanction.Holder.Language), MeasureLetters.Recipient(sanction.Holder),
            MeasureReference.Of(sanction.Id));
}

internal sealed class SendCollegeWarningHandler(
    ICollegeSanctionRepository sanctions, IMunicipalityRepository municipalities, ICurrentUser user, MeasureLetters letters)
    : CollegeSanctionStepHandler<SendCollegeWarningCommand>(sanctions, municipalities, user, letters)
{
    protected override Result Apply(CollegeSanction sanction, SendCollegeWarningCommand command) => sanction.Warn(command.SentOn!.Value);

    protected override MeasureLetter Letter(CollegeSanction sanction, Municipality municipality)
    {
        var (language, sender, recipient, reference) = Frame(sanction, municipality);
        return new CollegeWarningLetter(
            language, sender, recipient, reference, sanction.WarnedOn!.Value, sanction.Subject,
            MeasureLetters.Extract(municipality, sanction.InfractionCodes, sanction.WarnedOn.Value, language));
    }
}

internal sealed class DecideCollegeSanctionHandler(
    ICollegeSanctionRepository sanctions, IMunicipalityRepository municipalities, ICurrentUser user, MeasureLetters letters)
    : CollegeSanctionStepHandler<DecideCollegeSanctionCommand>(sanctions, municipalities, user, letters)
{
    protected override Result Apply(CollegeSanction sanction, DecideCollegeSanctionCommand command) =>
        sanction.Decide(command.DecidedOn!.Value, command.Kind!.Value, command.StartsOn!.Value, command.EndsOn, command.Reasons);
}

internal sealed class NotifyCollegeSanctionHandler(
    ICollegeSanctionRepository sanctions, IMunicipalityRepository municipalities, ICurrentUser user, MeasureLetters letters)
    : CollegeSanctionStepHandler<NotifyCollegeSanctionCommand>(sanctions, municipalities, user, letters)
{
    protected override Result Apply(CollegeSanction sanction, NotifyCollegeSanctionCommand command) => sanction.Notify(command.SentOn!.Value);

    protected override MeasureLetter Letter(CollegeSanction sanction, Municipality municipality)
    {
        var (language, sender, recipient, reference) = Frame(sanction, municipality);
        var decidedOn = sanction.DecidedOn!.Value;
        var regime = LegalRegimeHistory.On(decidedOn) ?? LegalRegimeHistory.All[^1];
        return new CollegeDecisionLetter(
            language, sender, recipient, reference, sanction.NotifiedOn!.Value, sanction.Subject,
            MeasureLetters.Extract(municipality, sanction.InfractionCodes, sanction.WarnedOn!.Value, language), sanction.Kind!.Value,
            sanction.WarnedOn.Value, decidedOn, sanction.StartsOn!.Value, sanction.EndsOn, sanction.Reasons!, regime.CouncilOfStateAppealDays);
    }
}
