using FluentValidation;
using Mediator;
using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Payments;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Application.Payments.BankStatements;

/// <summary>
/// A CODA or camt.053 file (told apart by its content) of the municipality's account, imported and matched in one
/// transaction: every movement is stored once (account, statement number and bank reference are its key), and every
/// credit is put on the case it pays or left in the unmatched queue. The same file again changes nothing and
/// answers what the first import stored.
/// </summary>
public sealed record ImportBankStatementCommand(string MunicipalityNis, byte[] Content) : ICommand<Result<BankStatementImport>>;

internal sealed class ImportBankStatementValidator : AbstractValidator<ImportBankStatementCommand>
{
    public ImportBankStatementValidator() =>
        RuleFor(c => c.Content).NotEmpty().WithErrorCode(BankStatementFile.Empty.Code).OverridePropertyName("file");
}

internal sealed class ImportBankStatementHandler(
    IMunicipalityRepository municipalities,
    IBankStatementRepository statements,
    ICaseRepository cases,
    ICurrentUser user,
    TimeProvider clock) : ICommandHandler<ImportBankStatementCommand, Result<BankStatementImport>>
{
    public async ValueTask<Result<BankStatementImport>> Handle(ImportBankStatementCommand command, CancellationToken cancellationToken)
    {
        var municipality = await municipalities.GetToActOnAsync(user, command.MunicipalityNis, BankStatementErrors.UnknownMunicipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return Result<BankStatementImport>.Failure(municipality.Errors);
        }

        var file = BankStatementFile.Read(command.Content);
        if (file.IsFailure)
        {
            return Result<BankStatementImport>.Failure(file.Errors);
        }

        var account = Iban.Compact(file.Value.Statement.AccountIban);
        if (municipality.Value.Letterhead?.Iban is not { } letterheadIban || Iban.Compact(letterheadIban) != account)
        {
            return BankStatementErrors.WrongAccount;
        }

        var now = clock.GetUtcNow();
        var existing = await statements.FindAsync(account, file.Value.Statement.StatementNumber.Trim(), cancellationToken);
        var statement = existing ?? ImportedStatement.Record(municipality.Value.Nis, file.Value, now, user.Name);
        var stored = existing is null ? [] : await statements.EntriesOfAsync(existing.Id, cancellationToken);
        var known = stored.Select(e => e.BankReference).ToHashSet(StringComparer.Ordinal);
        var fresh = file.Value.Statement.Lines.Where(l => !known.Contains(l.BankReference)).ToList();
        if (existing is not null && fresh.Count == 0)
        {
            return Answer(existing, stored, alreadyImported: true);
        }

        if (existing is null)
        {
            statements.Add(statement);
        }

        var matcher = new Matcher(cases, statement.MunicipalityNis);
        var added = new List<StatementEntry>();
        foreach (var line in fresh)
        {
            var entry = StatementEntry.From(statement, line);
            if (entry.IsCredit)
            {
                entry.Apply(await matcher.MatchAsync(line, cancellationToken), now, user.Name);
            }

            statements.Add(entry);
            added.Add(entry);
        }

        return Answer(statement, [.. stored, .. added], alreadyImported: false);
    }

    private static BankStatementImport Answer(ImportedStatement statement, IReadOnlyList<StatementEntry> entries, bool alreadyImported) => new(
        statement.Id, statement.MunicipalityNis, statement.AccountIban, statement.StatementNumber, statement.StatementDate, statement.Format,
        statement.FileSha256, statement.ImportedAt, statement.ImportedBy, alreadyImported,
        [.. entries.OrderBy(e => e.BookingDate).ThenBy(e => e.BankReference, StringComparer.Ordinal).Select(StatementEntryLine.From)]);

    /// <summary>Finds the cases a line may pay; the cases awaiting payment are read once per import, when a line needs them.</summary>
    private sealed class Matcher(ICaseRepository cases, string municipalityNis)
    {
        private IReadOnlyList<Case>? awaitingPayment;

        public async Task<TransferMatch> MatchAsync(BankStatementLine line, CancellationToken cancellationToken)
        {
            var named = line.StructuredCommunication is { } communication
                ? await cases.FindByNumberAsync(Case.NumberPaidWith(municipalityNis, communication), cancellationToken)
                : null;
            if (named is null)
            {
                awaitingPayment ??= await cases.ListAwaitingPaymentAsync(municipalityNis, cancellationToken);
            }

            return TransferMatching.Match(line, named, awaitingPayment ?? []);
        }
    }
}
