using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sac.Domain.Common;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>
/// Reads an ISO 20022 bank-to-customer statement, camt.053 (versions .001.02 to .001.08 share these elements):
/// Document/BkToCstmrStmt/Stmt with Id, ElctrncSeqNb (else LglSeqNb, else Id) as the number, CreDtTm as the date,
/// Acct/Id/IBAN and Acct/Ccy; per Ntry: Amt and its Ccy, CdtDbtInd, BookgDt/Dt, ValDt/Dt, AcctSvcrRef, and from its
/// single NtryDtls/TxDtls: Refs/AcctSvcrRef, the counterparty (Dbtr for a credit, Cdtr for a debit: Nm or Pty/Nm,
/// and its account's Id/IBAN), RmtInf/Strd/CdtrRefInf/Ref and RmtInf/Ustrd. Batch entries (several TxDtls) are
/// refused rather than half-read. DTDs are refused, so no entity can reach outside the document.
/// </summary>
public static class Camt053Parser
{
    private const string NamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

    private static readonly XmlReaderSettings SafeSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    public static Result<BankStatement> Parse(string xml)
    {
        using var reader = new StringReader(xml ?? string.Empty);
        return Parse(reader);
    }

    public static Result<BankStatement> Parse(Stream xml)
    {
        // The caller opened the stream and closes it.
        using var reader = new StreamReader(xml, leaveOpen: true);
        return Parse(reader);
    }

    private static Result<BankStatement> Parse(TextReader text)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(text, SafeSettings);
            document = XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            return new Error("CAMT_XML_INVALID", $"The file is not readable XML ({exception.Message}).", Field: "file");
        }

        var root = document.Root!;
        if (root.Name.LocalName != "Document" || !root.Name.NamespaceName.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            return new Error("CAMT_NOT_053", $"The file is not a camt.053 statement (root {root.Name}).", Field: "file");
        }

        XNamespace ns = root.Name.NamespaceName;
        var statement = root.Element(ns + "BkToCstmrStmt")?.Element(ns + "Stmt");
        if (statement is null)
        {
            return new Error("CAMT_STATEMENT_MISSING", "The file holds no BkToCstmrStmt/Stmt.", Field: "Stmt");
        }

        return ReadStatement(new CamtReader(ns), statement);
    }

    private static Result<BankStatement> ReadStatement(CamtReader camt, XElement statement)
    {
        var errors = new List<Error>();
        var iban = camt.Text(statement, "Acct", "Id", "IBAN");
        var currency = camt.Text(statement, "Acct", "Ccy");
        var number = camt.Text(statement, "ElctrncSeqNb") ?? camt.Text(statement, "LglSeqNb") ?? camt.Text(statement, "Id");
        var created = camt.DateTime(statement, "CreDtTm");
        if (iban is null)
        {
            errors.Add(Missing("Stmt/Acct/Id/IBAN", "the account's IBAN"));
        }

        if (number is null)
        {
            errors.Add(Missing("Stmt/Id", "a statement number"));
        }

        if (created is null)
        {
            errors.Add(Missing("Stmt/CreDtTm", "a creation date"));
        }

        var lines = statement.Elements(camt.Name("Ntry"))
            .Select((entry, index) => ReadEntry(camt, entry, index + 1, iban ?? string.Empty, errors))
            .ToList();
        if (errors.Count > 0)
        {
            return Result<BankStatement>.Failure(errors);
        }

        return new BankStatement(iban!, currency ?? lines.FirstOrDefault()?.Currency ?? string.Empty, number!, created!.Value, lines.OfType<BankStatementLine>().ToList());
    }

    private static BankStatementLine? ReadEntry(CamtReader camt, XElement entry, int position, string accountIban, List<Error> errors)
    {
        var field = $"Ntry[{position}]";
        var details = entry.Elements(camt.Name("NtryDtls")).Elements(camt.Name("TxDtls")).ToList();
        if (details.Count > 1)
        {
            errors.Add(new Error("CAMT_BATCH_ENTRY", $"Entry {position} is a batch of {details.Count} transactions, which is not read yet.", Field: field));
            return null;
        }

        var transaction = details.SingleOrDefault();
        var amountElement = entry.Element(camt.Name("Amt"));
        var direction = camt.Text(entry, "CdtDbtInd");
        var booking = camt.Date(entry, "BookgDt");
        var reference = (transaction is null ? null : camt.Text(transaction, "Refs", "AcctSvcrRef"))
            ?? camt.Text(entry, "AcctSvcrRef") ?? camt.Text(entry, "NtryRef");
        var errorCount = errors.Count;
        if (!decimal.TryParse(amountElement?.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amountElement!.Attribute("Ccy") is null)
        {
            errors.Add(Invalid($"{field}/Amt", $"'{amountElement?.Value}' is not an amount with a currency"));
        }

        if (direction is not ("CRDT" or "DBIT"))
        {
            errors.Add(Invalid($"{field}/CdtDbtInd", $"'{direction}' is neither CRDT nor DBIT"));
        }

        if (booking is null)
        {
            errors.Add(Invalid($"{field}/BookgDt", "no booking date"));
        }

        if (reference is null)
        {
            errors.Add(Invalid($"{field}/AcctSvcrRef", "no bank reference"));
        }

        if (errors.Count > errorCount)
        {
            return null;
        }

        var party = direction == "CRDT" ? "Dbtr" : "Cdtr";
        var (structured, free) = transaction is null
            ? (null, null)
            : CommunicationReader.Read(
                camt.Text(transaction, "RmtInf", "Strd", "CdtrRefInf", "Ref"),
                string.Join(' ', transaction.Elements(camt.Name("RmtInf")).Elements(camt.Name("Ustrd")).Select(u => u.Value.Trim())));
        return new BankStatementLine(
            accountIban,
            reference!,
            booking!.Value,
            camt.Date(entry, "ValDt"),
            direction == "DBIT" ? -amount : amount,
            amountElement!.Attribute("Ccy")!.Value,
            transaction is null ? null : camt.Text(transaction, "RltdPties", party, "Nm") ?? camt.Text(transaction, "RltdPties", party, "Pty", "Nm"),
            transaction is null ? null : camt.Text(transaction, "RltdPties", party + "Acct", "Id", "IBAN"),
            structured,
            free);
    }

    private static Error Missing(string field, string what) =>
        new("CAMT_FIELD_MISSING", $"The statement has no {what} ({field}).", Field: field);

    private static Error Invalid(string field, string problem) =>
        new("CAMT_FIELD_INVALID", $"{field}: {problem}.", Field: field);
}
