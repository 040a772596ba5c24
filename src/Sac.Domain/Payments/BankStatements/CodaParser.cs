using Sac.Domain.Common;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// Reads a CODA 2.x statement (Febelfin "CODA 2.6"): fixed-width records of 128 characters. Positions read (1-based):
/// <list type="bullet">
/// <item>Record 0 (header): 6-11 creation date DDMMYY, taken as the statement date; 128 version code (must be 2).</item>
/// <item>Record 1 (old balance): 2 account structure (0 Belgian number, 1 foreign, 2 Belgian IBAN, 3 foreign IBAN);
/// 3-5 statement number; account in 6-17 (structure 0), 6-21 (2) or 6-39 (1, 3); currency in 19-21 (0) or 40-42.</item>
/// <item>Record 2.1 (movement): 3-6 sequence, 7-10 detail number, 11-31 bank reference, 32 sign (0 credit, 1 debit),
/// 33-47 amount (15 digits, 3 decimals), 48-53 value date (000000: none), 62 communication type (0 free,
/// 1 structured), 63-115 communication (structured type 101 or 102 in 63-65, its 12 digits in 66-77),
/// 116-121 booking date, 125 globalisation code (0 none, 1-9 the level of a global amount).</item>
/// <item>Record 2.2: 11-63 communication continued. Record 2.3: 11-47 counterparty account (and currency),
/// 48-82 counterparty name, 83-125 communication continued.</item>
/// <item>Records 3 (information), 4 (free message) and 8 (new balance) carry nothing a line needs and are skipped;
/// record 9 (trailer) must close the file.</item>
/// </list>
/// A batch (a global movement, detail number 0000, followed by records 2.1 of the same sequence number and detail
/// numbers from 0001) is unfolded by <see cref="CodaBatches"/>: each detail becomes a line, the global one does not.
/// </summary>
public static class CodaParser
{
    public static Result<BankStatement> Parse(string text)
    {
        var errors = new List<Error>();
        var header = default(CodaHeader);
        var account = default(CodaAccount);
        var movements = new List<CodaMovement>();
        var trailerSeen = false;

        foreach (var record in Records(text ?? string.Empty, errors))
        {
            switch (record.Text[0], record.Text[1])
            {
                case ('0', _):
                    header = ReadHeader(record);
                    break;
                case ('1', _):
                    account = ReadAccount(record);
                    break;
                case ('2', '1'):
                    movements.Add(CodaMovement.Start(record));
                    break;
                case ('2', '2' or '3') when movements.Count == 0:
                    Refuse(errors, record, "a movement continuation comes before any record 2.1");
                    break;
                case ('2', '2'):
                    movements[^1].Continue22(record);
                    break;
                case ('2', '3'):
                    movements[^1].Continue23(record);
                    break;
                case ('3' or '4' or '8', _):
                    break;
                case ('9', _):
                    trailerSeen = true;
                    break;
                default:
                    Refuse(errors, record, $"unknown record type '{record.Text[..2]}'");
                    break;
            }
        }

        if (errors.Count == 0)
        {
            RequirePresent(errors, header, account, trailerSeen);
        }

        if (errors.Count > 0)
        {
            return Result<BankStatement>.Failure(errors);
        }

        var transactions = CodaBatches.Unfold(movements, errors);
        if (errors.Count > 0)
        {
            return Result<BankStatement>.Failure(errors);
        }

        var lines = transactions.Select(t => t.ToLine(account!.Iban, account.Currency)).ToList();
        return new BankStatement(account!.Iban, account.Currency, account.StatementNumber, header!.CreationDate, lines);
    }

    private static IEnumerable<CodaRecord> Records(string text, List<Error> errors)
    {
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length != CodaRecord.Length)
            {
                errors.Add(new Error(
                    "CODA_RECORD_LENGTH",
                    $"Line {index + 1} has {line.Length} characters; a CODA record has {CodaRecord.Length}.",
                    Field: $"line {index + 1}"));
                continue;
            }

            yield return new CodaRecord(index + 1, line, errors);
        }
    }

    private static CodaHeader? ReadHeader(CodaRecord record)
    {
        if (record.Text[^1] != '2')
        {
            record.Invalid(CodaRecord.Length, CodaRecord.Length, "version code", $"'{record.Text[^1]}' is not CODA version 2");
        }

        return record.Date(6, "creation date") is { } date ? new CodaHeader(date) : null;
    }

    private static CodaAccount? ReadAccount(CodaRecord record)
    {
        var (iban, currency) = record.Text[1] switch
        {
            '0' => (record.Trimmed(6, 17), record.Trimmed(19, 21)),
            '2' => (record.Trimmed(6, 21), record.Trimmed(40, 42)),
            '1' or '3' => (record.Trimmed(6, 39), record.Trimmed(40, 42)),
            _ => (null, null),
        };
        if (iban is null || currency is null)
        {
            record.Invalid(2, 42, "account", "no account number and currency for this account structure");
            return null;
        }

        return new CodaAccount(iban, currency, record.Field(3, 5));
    }

    private static void RequirePresent(List<Error> errors, CodaHeader? header, CodaAccount? account, bool trailerSeen)
    {
        if (header is null)
        {
            errors.Add(new Error("CODA_HEADER_MISSING", "The file has no header record (0).", Field: "record 0"));
        }

        if (account is null)
        {
            errors.Add(new Error("CODA_ACCOUNT_MISSING", "The file has no old-balance record (1) naming the account.", Field: "record 1"));
        }

        if (!trailerSeen)
        {
            errors.Add(new Error("CODA_TRAILER_MISSING", "The file has no trailer record (9): it may be truncated.", Field: "record 9"));
        }
    }

    private static void Refuse(List<Error> errors, CodaRecord record, string problem) =>
        errors.Add(new Error("CODA_RECORD_UNEXPECTED", $"Line {record.LineNumber}: {problem}.", Field: $"line {record.LineNumber}"));

    private sealed record CodaHeader(DateOnly CreationDate);

    private sealed record CodaAccount(string Iban, string Currency, string StatementNumber);
}
