namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// A bank statement imported for a municipality: which account, which statement, from which file, when and by whom.
/// Its movements are <see cref="StatementEntry"/> rows; a statement is imported once (account and number are unique).
/// </summary>
public sealed class ImportedStatement
{
    private ImportedStatement()
    {
        MunicipalityNis = AccountIban = StatementNumber = FileSha256 = ImportedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string MunicipalityNis { get; private set; }

    public string AccountIban { get; private set; }

    /// <summary>The statement's number as the bank gave it (CODA record 1, camt.053 sequence number).</summary>
    public string StatementNumber { get; private set; }

    public DateOnly StatementDate { get; private set; }

    public BankStatementFormat Format { get; private set; }

    /// <summary>The SHA-256 of the file as uploaded, in lower-case hexadecimal: which file it was, should anyone ask.</summary>
    public string FileSha256 { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; }

    public static ImportedStatement Record(string municipalityNis, BankStatementFile file, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new ImportedStatement
        {
            Id = Guid.NewGuid(),
            MunicipalityNis = municipalityNis,
            AccountIban = Iban.Compact(file.Statement.AccountIban),
            StatementNumber = file.Statement.StatementNumber.Trim(),
            StatementDate = file.Statement.StatementDate,
            Format = file.Format,
            FileSha256 = file.Sha256,
            ImportedAt = now,
            ImportedBy = by,
        };
    }
}
