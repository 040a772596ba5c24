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
/// and its account's Id/IBAN), RmtInf/Strd/CdtrRefInf/Ref and RmtInf/Ustrd. A batch entry (several TxDtls) becomes
/// one line per transaction, which must add up to the entry's amount (see <see cref="ReadBatch"/>). DTDs are
/// refused, so no entity can reach outside the document.
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
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
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
            .SelectMany((entry, index) => ReadEntry(camt, entry, index + 1, iban ?? string.Empty, errors))
            .ToList();
        if (errors.Count > 0)
        {
            return Result<BankStatement>.Failure(errors);
        }

        return new BankStatement(iban!, currency ?? lines.FirstOrDefault()?.Currency ?? string.Empty, number!, created!.Value, lines);
    }

    private static List<BankStatementLine> ReadEntry(CamtReader camt, XElement entry, int position, string accountIban, List<Error> errors)
    {
        var field = $"Ntry[{position}]";
        var details = entry.Elements(camt.Name("NtryDtls")).Elements(camt.Name("TxDtls")).ToList();
        var single = details.Count == 1 ? details[0] : null;
        var amountElement = entry.Element(camt.Name("Amt"));
        var direction = camt.Text(entry, "CdtDbtInd");
        var booking = camt.Date(entry, "BookgDt");
        var entryReference = camt.Text(entry, "AcctSvcrRef") ?? camt.Text(entry, "NtryRef");
        var reference = (single is null ? null : camt.Text(single, "Refs", "AcctSvcrRef")) ?? entryReference;
        var errorCount = errors.Count;
        var amount = ReadAmount(amountElement, direction, $"{field}/Amt", errors);
        RequireDirection(direction, field, errors);

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
            return [];
        }

        var booked = new CamtEntry(
            position, ((IXmlLineInfo)entry).LineNumber, accountIban, entryReference ?? reference!, amount!.Value,
            amountElement!.Attribute("Ccy")!.Value, direction!, booking!.Value, camt.Date(entry, "ValDt"));
        return details.Count > 1 ? ReadBatch(camt, booked, details, errors) : [Line(camt, booked, single, reference!, booked.Amount)];
    }

    /// <summary>
    /// A batch entry (a collective credit, say) gives each transaction its own line with its own amount (TxDtls/Amt,
    /// before .04 AmtDtls/TxAmt/Amt), direction, counterparty and remittance, and no line for the entry itself. The
    /// reference is the transaction's own AcctSvcrRef when the bank gives one apart from the entry's, else the entry's
    /// reference and the transaction's position in it: both are the same in every copy of the file. The EndToEndId is
    /// not used: the payer chooses it, so it is often NOTPROVIDED or repeated.
    /// </summary>
    private static List<BankStatementLine> ReadBatch(CamtReader camt, CamtEntry booked, List<XElement> details, List<Error> errors)
    {
        var errorCount = errors.Count;
        var lines = details.Select((transaction, index) =>
        {
            var field = $"Ntry[{booked.Position}]/TxDtls[{index + 1}]";
            var amountElement = transaction.Element(camt.Name("Amt"))
                ?? transaction.Element(camt.Name("AmtDtls"))?.Element(camt.Name("TxAmt"))?.Element(camt.Name("Amt"));
            var direction = camt.Text(transaction, "CdtDbtInd") ?? booked.Direction;
            RequireDirection(direction, field, errors);
            var amount = ReadAmount(amountElement, direction, $"{field}/Amt", errors);
            if (amount is not null && amountElement!.Attribute("Ccy")!.Value != booked.Currency)
            {
                errors.Add(Invalid($"{field}/Amt", $"the transaction is not in the entry's currency {booked.Currency}"));
            }

            var own = camt.Text(transaction, "Refs", "AcctSvcrRef");
            var reference = own is not null && own != booked.Reference ? own : BatchReference(booked.Reference, index + 1);
            return Line(camt, booked with { Direction = direction }, transaction, reference, amount ?? 0m);
        }).ToList();
        if (errors.Count > errorCount)
        {
            return [];
        }

        var total = lines.Sum(l => l.Amount);
        if (total != booked.Amount)
        {
            errors.Add(new Error(
                "CAMT_BATCH_TOTAL",
                $"Entry {booked.Position} (line {booked.LineNumber}): its {lines.Count} transactions add up to "
                + $"{total.ToString(CultureInfo.InvariantCulture)}, not to its amount {booked.Amount.ToString(CultureInfo.InvariantCulture)}.",
                Field: $"Ntry[{booked.Position}]"));
            return [];
        }

        return lines;
    }

    /// <summary>The amount, negative for a debit, if it is a decimal with a currency.</summary>
    private static decimal? ReadAmount(XElement? amountElement, string? direction, string field, List<Error> errors)
    {
        if (!decimal.TryParse(amountElement?.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amountElement!.Attribute("Ccy") is null)
        {
            errors.Add(Invalid(field, $"'{amountElement?.Value}' is not an amount with a currency"));
            return null;
        }

        return direction == "DBIT" ? -amount : amount;
    }

    private static void RequireDirection(string? direction, string field, List<Error> errors)
    {
        if (direction is not ("CRDT" or "DBIT"))
        {
            errors.Add(Invalid($"{field}/CdtDbtInd", $"'{direction}' is neither CRDT nor DBIT"));
        }
    }

    /// <summary>The entry's reference and the transaction's position, the reference cut so the whole fits a bank reference.</summary>
    private static string BatchReference(string entryReference, int position)
    {
        var suffix = $"/{position}";
        return entryReference[..Math.Min(entryReference.Length, BankStatementLine.ReferenceLength - suffix.Length)] + suffix;
    }

    private static BankStatementLine Line(CamtReader camt, CamtEntry booked, XElement? transaction, string reference, decimal amount)
    {
        var party = booked.Direction == "CRDT" ? "Dbtr" : "Cdtr";
        var (structured, free) = transaction is null
            ? (null, null)
            : CommunicationReader.Read(
                camt.Text(transaction, "RmtInf", "Strd", "CdtrRefInf", "Ref"),
                string.Join(' ', transaction.Elements(camt.Name("RmtInf")).Elements(camt.Name("Ustrd")).Select(u => u.Value.Trim())));
        return new BankStatementLine(
            booked.AccountIban,
            reference,
            booked.BookingDate,
            booked.ValueDate,
            amount,
            booked.Currency,
            transaction is null ? null : camt.Text(transaction, "RltdPties", party, "Nm") ?? camt.Text(transaction, "RltdPties", party, "Pty", "Nm"),
            transaction is null ? null : camt.Text(transaction, "RltdPties", party + "Acct", "Id", "IBAN"),
            structured,
            free);
    }

    /// <summary>An entry as read: where it is in the file, and what every line of it shares.</summary>
    private sealed record CamtEntry(
        int Position, int LineNumber, string AccountIban, string Reference, decimal Amount, string Currency, string Direction,
        DateOnly BookingDate, DateOnly? ValueDate);

    private static Error Missing(string field, string what) =>
        new("CAMT_FIELD_MISSING", $"The statement has no {what} ({field}).", Field: field);

    private static Error Invalid(string field, string problem) =>
        new("CAMT_FIELD_INVALID", $"{field}: {problem}.", Field: field);
}
