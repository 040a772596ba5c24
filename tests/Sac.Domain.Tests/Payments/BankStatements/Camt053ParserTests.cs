using System.Text;
using Sac.Domain.Payments;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Domain.Tests.Payments.BankStatements;

public sealed class Camt053ParserTests
{
    private const string Account = "BE68539007547034";

    [Fact]
    public void Parse_Sample_ReadsTheStatement()
    {
        var statement = Camt053Parser.Parse(Camt053Sample.Xml).Value;

        Assert.Equal(Account, statement.AccountIban);
        Assert.Equal("EUR", statement.Currency);
        Assert.Equal("42", statement.StatementNumber);
        Assert.Equal(new DateOnly(2025, 11, 29), statement.StatementDate);
        Assert.Equal(5, statement.Lines.Count);
    }

    [Fact]
    public void Parse_Sample_ReadsEveryFieldOfTheStructuredPayments()
    {
        var lines = Camt053Parser.Parse(Camt053Sample.Xml).Value.Lines;

        Assert.Equal(
            new BankStatementLine(
                Account, "BANKREF1", new DateOnly(2025, 11, 28), new DateOnly(2025, 11, 27), 58.00m, "EUR",
                "JAN JANSSENS", "BE71096123456769", StructuredCommunication.Parse("+++250/0000/19788+++").Value, null),
            lines[0]);
        Assert.Equal(
            new BankStatementLine(
                Account, "BANKREF2", new DateOnly(2025, 11, 28), null, 120.00m, "EUR",
                "MARIE DUPONT", "BE43068999999501", StructuredCommunication.Parse("+++240/0000/00105+++").Value, null),
            lines[1]);
        Assert.Equal(
            new BankStatementLine(
                Account, "BANKREF3", new DateOnly(2025, 11, 28), new DateOnly(2025, 11, 28), 25m, "EUR",
                "PIERRE MARTIN", "BE62510007547061", StructuredCommunication.Parse("+++010/8068/17183+++").Value, null),
            lines[2]);
    }

    [Fact]
    public void Parse_UnstructuredRemittance_IsFreeText()
    {
        var line = Camt053Parser.Parse(Camt053Sample.Xml).Value.Lines[3];

        Assert.Null(line.StructuredCommunication);
        Assert.Equal("AMENDE SAC DOSSIER 2025/197", line.FreeCommunication);
        Assert.Equal("SOPHIE PEETERS", line.CounterpartyName);
    }

    [Fact]
    public void Parse_Debit_IsNegativeAndNamesTheCreditor()
    {
        var line = Camt053Parser.Parse(Camt053Sample.Xml).Value.Lines[4];

        Assert.Equal(-15.50m, line.Amount);
        Assert.Equal("LUC DUBOIS", line.CounterpartyName);
        Assert.Equal("BE08000123456713", line.CounterpartyIban);
        Assert.Equal("REMBOURSEMENT", line.FreeCommunication);
    }

    [Fact]
    public void Parse_StructuredWithWrongCheckDigits_KeepsTheReferenceAsFreeText()
    {
        var line = Camt053Parser.Parse(Camt053Sample.Xml.Replace("250000019788", "250000019789", StringComparison.Ordinal)).Value.Lines[0];

        Assert.Null(line.StructuredCommunication);
        Assert.Equal("250000019789", line.FreeCommunication);
    }

    [Fact]
    public void Parse_Version08WithPartyName_ReadsTheSame()
    {
        var xml = Camt053Sample.Xml
            .Replace(Camt053Sample.Namespace02, "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08", StringComparison.Ordinal)
            .Replace("<Dbtr><Nm>JAN JANSSENS</Nm></Dbtr>", "<Dbtr><Pty><Nm>JAN JANSSENS</Nm></Pty></Dbtr>", StringComparison.Ordinal);

        var parsed = Camt053Parser.Parse(xml);

        Assert.Equal(Camt053Parser.Parse(Camt053Sample.Xml).Value.Lines, parsed.Value.Lines);
    }

    [Fact]
    public void Parse_Stream_ReadsTheSameAndLeavesTheStreamOpen()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Camt053Sample.Xml));

        var parsed = Camt053Parser.Parse(stream);

        Assert.Equal(Camt053Parser.Parse(Camt053Sample.Xml).Value.Lines, parsed.Value.Lines);
        Assert.True(stream.CanRead);
    }

    [Theory]
    [InlineData("58.00", "5B.00", "Ntry[1]/Amt")]
    [InlineData("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>XXXX</CdtDbtInd>", "Ntry[1]/CdtDbtInd")]
    [InlineData("<AcctSvcrRef>BANKREF1</AcctSvcrRef>", "", "Ntry[1]/AcctSvcrRef")]
    public void Parse_BadEntryField_IsRefusedAtThatField(string original, string replacement, string field)
    {
        var xml = ReplaceFirst(Camt053Sample.Xml, original, replacement);

        var parsed = Camt053Parser.Parse(xml);

        Assert.Equal("CAMT_FIELD_INVALID", Assert.Single(parsed.Errors).Code);
        Assert.Equal(field, parsed.FirstError.Field);
    }

    [Fact]
    public void Parse_BatchOfThree_GivesEachTransactionItsLineAndNotTheEntry()
    {
        var xml = Camt053Sample.WithEntries(Camt053Sample.BatchEntry(
            "303.00",
            "BATCHREF6",
            Camt053Sample.Transaction("58.00", "TXREF61", "JAN JANSSENS", "BE71096123456769", "250000019788"),
            Camt053Sample.Transaction("120.00", null, "MARIE DUPONT", "BE43068999999501", "240000000105"),
            Camt053Sample.Transaction("125.00", "BATCHREF6", "PIERRE MARTIN", "BE62510007547061", "010806817183")));

        var lines = Camt053Parser.Parse(xml).Value.Lines.Skip(5).ToList();

        Assert.Equal(["TXREF61", "BATCHREF6/2", "BATCHREF6/3"], lines.Select(l => l.BankReference));
        Assert.Equal([58.00m, 120.00m, 125.00m], lines.Select(l => l.Amount));
        Assert.Equal(
            new BankStatementLine(
                Account, "BATCHREF6/2", new DateOnly(2025, 11, 28), new DateOnly(2025, 11, 28), 120.00m, "EUR",
                "MARIE DUPONT", "BE43068999999501", StructuredCommunication.Parse("+++240/0000/00105+++").Value, null),
            lines[1]);
    }

    [Fact]
    public void Parse_BatchOfOne_IsTheEntryItself()
    {
        var xml = Camt053Sample.WithEntries(Camt053Sample.BatchEntry(
            "58.00", "BATCHREF6", Camt053Sample.Transaction("58.00", "TXREF61", "JAN JANSSENS", "BE71096123456769", "250000019788")));

        var line = Camt053Parser.Parse(xml).Value.Lines[5];

        Assert.Equal("TXREF61", line.BankReference);
        Assert.Equal(58.00m, line.Amount);
        Assert.Equal("JAN JANSSENS", line.CounterpartyName);
    }

    [Theory]
    [InlineData("124.99")]
    [InlineData("125.01")]
    public void Parse_BatchOffByOneCent_IsRefusedAtTheEntryWithItsLine(string thirdAmount)
    {
        var xml = Camt053Sample.WithEntries(Camt053Sample.BatchEntry(
            "303.00",
            "BATCHREF6",
            Camt053Sample.Transaction("58.00", null, "JAN JANSSENS", "BE71096123456769", "250000019788"),
            Camt053Sample.Transaction("120.00", null, "MARIE DUPONT", "BE43068999999501", "240000000105"),
            Camt053Sample.Transaction(thirdAmount, null, "PIERRE MARTIN", "BE62510007547061", "010806817183")));
        var batchStart = xml.LastIndexOf("<Ntry>", xml.IndexOf("BATCHREF6", StringComparison.Ordinal), StringComparison.Ordinal);
        var entryLine = xml[..batchStart].Count(c => c == '\n') + 1;

        var error = Assert.Single(Camt053Parser.Parse(xml).Errors);

        Assert.Equal("CAMT_BATCH_TOTAL", error.Code);
        Assert.Equal("Ntry[6]", error.Field);
        Assert.Contains($"(line {entryLine})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BatchFollowedByAnEntry_ReadsThatEntryAsBefore()
    {
        var single = Camt053Sample.Xml[Camt053Sample.Xml.IndexOf("<Ntry>", StringComparison.Ordinal)..(Camt053Sample.Xml.IndexOf("</Ntry>", StringComparison.Ordinal) + 7)]
            .Replace("BANKREF1", "BANKREF7", StringComparison.Ordinal);
        var xml = Camt053Sample.WithEntries(
            Camt053Sample.BatchEntry("58.00", "BATCHREF6", Camt053Sample.Transaction("58.00", null, "MARIE DUPONT", "BE43068999999501", "240000000105")),
            single);

        var lines = Camt053Parser.Parse(xml).Value.Lines.Skip(5).ToList();

        Assert.Equal(["BATCHREF6", "BANKREF7"], lines.Select(l => l.BankReference));
        Assert.Equal("JAN JANSSENS", lines[1].CounterpartyName);
        Assert.Equal(58.00m, lines[1].Amount);
    }

    [Fact]
    public void Parse_BatchVersion08_ReadsTheTransactionsOwnAmountAndDirection()
    {
        var transaction = """
            <TxDtls><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RmtInf><Ustrd>RETOUR</Ustrd></RmtInf></TxDtls>
            """;
        var xml = Camt053Sample.WithEntries(Camt053Sample.BatchEntry(
            "48.00", "BATCHREF6", Camt053Sample.Transaction("58.00", null, "JAN JANSSENS", "BE71096123456769", "250000019788"), transaction));

        var lines = Camt053Parser.Parse(xml).Value.Lines.Skip(5).ToList();

        Assert.Equal([58.00m, -10.00m], lines.Select(l => l.Amount));
        Assert.Equal("RETOUR", lines[1].FreeCommunication);
    }

    [Fact]
    public void Parse_BatchWithLongEntryReference_CutsItSoThePositionStillFits()
    {
        var reference = new string('R', 35);
        var xml = Camt053Sample.WithEntries(Camt053Sample.BatchEntry(
            "178.00",
            reference,
            Camt053Sample.Transaction("58.00", null, "JAN JANSSENS", "BE71096123456769", "250000019788"),
            Camt053Sample.Transaction("120.00", null, "MARIE DUPONT", "BE43068999999501", "240000000105")));

        var lines = Camt053Parser.Parse(xml).Value.Lines.Skip(5).ToList();

        Assert.Equal([new string('R', 33) + "/1", new string('R', 33) + "/2"], lines.Select(l => l.BankReference));
    }

    [Fact]
    public void Parse_BatchTransactionWithoutAmount_IsRefusedAtThatTransaction()
    {
        var xml = Camt053Sample.WithEntries(Camt053Sample.BatchEntry(
            "58.00",
            "BATCHREF6",
            Camt053Sample.Transaction("58.00", null, "JAN JANSSENS", "BE71096123456769", "250000019788"),
            "<TxDtls><RmtInf><Ustrd>NO AMOUNT</Ustrd></RmtInf></TxDtls>"));

        var error = Assert.Single(Camt053Parser.Parse(xml).Errors);

        Assert.Equal("CAMT_FIELD_INVALID", error.Code);
        Assert.Equal("Ntry[6]/TxDtls[2]/Amt", error.Field);
    }

    [Theory]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.054.001.02")]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03")]
    public void Parse_OtherIso20022Message_IsRefused(string otherNamespace)
    {
        var parsed = Camt053Parser.Parse(Camt053Sample.Xml.Replace(Camt053Sample.Namespace02, otherNamespace, StringComparison.Ordinal));

        Assert.Equal("CAMT_NOT_053", Assert.Single(parsed.Errors).Code);
    }

    [Theory]
    [InlineData("<html><body>Not a statement</body></html>", "CAMT_NOT_053")]
    [InlineData("this is not xml", "CAMT_XML_INVALID")]
    [InlineData("", "CAMT_XML_INVALID")]
    public void Parse_NotAStatement_IsRefusedWithoutThrowing(string xml, string code) =>
        Assert.Equal(code, Assert.Single(Camt053Parser.Parse(xml).Errors).Code);

    [Fact]
    public void Parse_DocumentWithDtd_IsRefusedSoNoEntityIsExpanded()
    {
        var xml = Camt053Sample.Xml
            .Replace("<Document", "<!DOCTYPE Document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<Document", StringComparison.Ordinal)
            .Replace("JAN JANSSENS", "&secret;", StringComparison.Ordinal);

        Assert.Equal("CAMT_XML_INVALID", Assert.Single(Camt053Parser.Parse(xml).Errors).Code);
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var index = text.IndexOf(original, StringComparison.Ordinal);
        return text[..index] + replacement + text[(index + original.Length)..];
    }
}
