using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Common;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Application.Payments.BankStatements;

/// <summary>The official puts an unmatched line on a case, by its number: the same payment as the import would have made.</summary>
public sealed record AssignUnmatchedEntryCommand(string MunicipalityNis, Guid EntryId, string? CaseNumber, int? ExpectedVersion = null)
    : ICommand<Result<StatementEntryLine>>;

/// <summary>The official says an unmatched line is not a GAS payment, and why.</summary>
public sealed record SetUnmatchedEntryAsideCommand(string MunicipalityNis, Guid EntryId, string? Note, int? ExpectedVersion = null)
    : ICommand<Result<StatementEntryLine>>;

internal sealed class AssignUnmatchedEntryValidator : AbstractValidator<AssignUnmatchedEntryCommand>
{
    public AssignUnmatchedEntryValidator() => RuleFor(c => c.CaseNumber).NotEmpty().MaximumLength(40);
}

internal sealed class SetUnmatchedEntryAsideValidator : AbstractValidator<SetUnmatchedEntryAsideCommand>
{
    public SetUnmatchedEntryAsideValidator() =>
        RuleFor(c => c.Note).NotEmpty().WithErrorCode(StatementEntry.NoteRequired.Code).MaximumLength(StatementEntry.NoteLength);
}

/// <summary>Loads an entry of the municipality the user works for; another municipality's is refused, an unknown one not found.</summary>
internal sealed class UnmatchedEntryLoader(IMunicipalityRepository municipalities, IBankStatementRepository statements, ICurrentUser user)
{
    public async Task<Result<StatementEntry>> LoadAsync(string municipalityNis, Guid entryId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var municipality = await municipalities.GetToActOnAsync(user, municipalityNis, BankStatementErrors.UnknownMunicipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return Result<StatementEntry>.Failure(municipality.Errors);
        }

        if (await statements.GetEntryAsync(entryId, cancellationToken) is not { } entry || entry.MunicipalityNis != municipality.Value.Nis)
        {
            return BankStatementErrors.EntryNotFound;
        }

        return expectedVersion is { } expected && expected != entry.Version ? ApplicationErrors.StaleVersion : entry;
    }
}

internal sealed class AssignUnmatchedEntryHandler(UnmatchedEntryLoader loader, ICaseRepository cases, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AssignUnmatchedEntryCommand, Result<StatementEntryLine>>
{
    public async ValueTask<Result<StatementEntryLine>> Handle(AssignUnmatchedEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await loader.LoadAsync(command.MunicipalityNis, command.EntryId, command.ExpectedVersion, cancellationToken);
        if (entry.IsFailure)
        {
            return entry.Errors[0];
        }

        var found = await cases.FindByNumberAsync(command.CaseNumber!.Trim(), cancellationToken);
        if (found is null || found.MunicipalityNis != entry.Value.MunicipalityNis)
        {
            return BankStatementErrors.CaseNotFound;
        }

        var assigned = entry.Value.AssignTo(found, clock.GetUtcNow(), user.Name);
        return assigned.IsSuccess ? StatementEntryLine.From(entry.Value) : Result<StatementEntryLine>.Failure(assigned.Errors);
    }
}

internal sealed class SetUnmatchedEntryAsideHandler(UnmatchedEntryLoader loader, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetUnmatchedEntryAsideCommand, Result<StatementEntryLine>>
{
    public async ValueTask<Result<StatementEntryLine>> Handle(SetUnmatchedEntryAsideCommand command, CancellationToken cancellationToken)
    {
        var entry = await loader.LoadAsync(command.MunicipalityNis, command.EntryId, command.ExpectedVersion, cancellationToken);
        if (entry.IsFailure)
        {
            return entry.Errors[0];
        }

        var setAside = entry.Value.SetAside(command.Note, clock.GetUtcNow(), user.Name);
        return setAside.IsSuccess ? StatementEntryLine.From(entry.Value) : Result<StatementEntryLine>.Failure(setAside.Errors);
    }
}
