using Sac.Domain.Payments;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Domain.Tests.Payments.BankStatements;

public sealed class CodaParserTests
{
    private const int FirstMovement = 2;
    private const string Account = "BE68539007547034";

    [Fact]
    public void Parse_Sample_ReadsTheStatement()
    {
        var statement = CodaParser.Parse(CodaSample.Text).Value;

        Assert.Equal(Account, statement.AccountIban);
        Assert.Equal("EUR", statement.Currency);
        Assert.Equal("042", statement.StatementNumber);
        Assert.Equal(new DateOnly(2025, 11, 29), statement.StatementDate);
        Assert.Equal(
            ["BANKREF0000000000001", "BANKREF0000000000002", "BANKREF0000000000003", "BANKREF0000000000004", "BANKREF0000000000005"],
            statement.Lines.Select(l => l.BankReference));
    }

    [Fact]
    public void Parse_Sample_ReadsEveryFieldOfTheStructuredPayments()
    {
        var lines = CodaParser.Parse(CodaSample.Text).Value.Lines;

        Assert.Equal(
            new BankStatementLine(
                Account, "BANKREF0000000000001", new DateOnly(2025, 11, 28), new DateOnly(2025, 11, 27), 58.00m, "EUR",
                "JAN JANSSENS", "BE71096123456769", StructuredCommunication.Parse("+++250/0000/19788+++").Value, null),
            lines[0]);
        Assert.Equal(
            new BankStatementLine(
                Account, "BANKREF0000000000002", new DateOnly(2025, 11, 28), null, 120.00m, "EUR",
                "MARIE DUPONT", "BE43068999999501", StructuredCommunication.Parse("+++240/0000/00105+++").Value, null),
            lines[1]);
        Assert.Equal(
            new BankStatementLine(
                Account, "BANKREF0000000000003", new DateOnly(2025, 11, 28), new DateOnly(2025, 11, 28), 25.00m, "EUR",
                "PIERRE MARTIN", "BE62510007547061", StructuredCommunication.Parse("+++010/8068/17183+++").Value, null),
            lines[2]);
    }

    [Fact]
    public void Parse_FreeCommunication_JoinsRecords21And22()
    {
        var line = CodaParser.Parse(CodaSample.Text).Value.Lines[3];

        Assert.Null(line.StructuredCommunication);
        Assert.Equal(CodaSample.LongFreeCommunication, line.FreeCommunication);
        Assert.Equal(58.00m, line.Amount);
        Assert.Equal("SOPHIE PEETERS", line.CounterpartyName);
        Assert.Equal("BE92310123456789", line.CounterpartyIban);
    }

    [Fact]
    public void Parse_Debit_IsNegative()
    {
        var line = CodaParser.Parse(CodaSample.Text).Value.Lines[4];

        Assert.Equal(-15.50m, line.Amount);
        Assert.Equal("REMBOURSEMENT", line.FreeCommunication);
        Assert.Equal("LUC DUBOIS", line.CounterpartyName);
        Assert.Null(line.StructuredCommunication);
    }

    [Fact]
    public void Parse_WindowsLineEndings_ReadTheSame()
    {
        var parsed = CodaParser.Parse(string.Join("\r\n", CodaSample.Records) + "\r\n");

        Assert.Equal(CodaParser.Parse(CodaSample.Text).Value.Lines, parsed.Value.Lines);
    }

    [Fact]
    public void Parse_StructuredWithWrongCheckDigits_KeepsTheDigitsAsFreeText()
    {
        var line = CodaParser.Parse(CodaSample.WithField(FirstMovement, 66, "250000019789")).Value.Lines[0];

        Assert.Null(line.StructuredCommunication);
        Assert.Equal("250000019789", line.FreeCommunication);
    }

    [Fact]
    public void Parse_Belgian12DigitCounterpartyAccount_StopsBeforeTheCurrency()
    {
        var text = CodaSample.WithField(FirstMovement + 2, 11, "539007547034 EUR                     ");

        Assert.Equal("539007547034", CodaParser.Parse(text).Value.Lines[0].CounterpartyIban);
    }

    [Fact]
    public void Parse_BatchOfThree_GivesEachDetailItsLineAndNotTheGlobalMovement()
    {
        var text = CodaSample.WithMovements(
            Global("000000000303000"),
            CodaSample.Detail("0006", "0001", '0', "000000000058000", "101250000019788", "JAN JANSSENS", "BE71096123456769"),
            CodaSample.Detail("0006", "0002", '0', "000000000120000", "101240000000105", "MARIE DUPONT", "BE43068999999501"),
            CodaSample.Detail("0006", "0003", '0', "000000000125000", "101010806817183", "PIERRE MARTIN", "BE62510007547061"));

        var lines = CodaParser.Parse(text).Value.Lines;

        Assert.Equal(["GLOBALREF00000000006/0001", "GLOBALREF00000000006/0002", "GLOBALREF00000000006/0003"], lines.Select(l => l.BankReference));
        Assert.Equal([58.00m, 120.00m, 125.00m], lines.Select(l => l.Amount));
        Assert.Equal(
            new BankStatementLine(
                Account, "GLOBALREF00000000006/0002", new DateOnly(2025, 11, 28), new DateOnly(2025, 11, 28), 120.00m, "EUR",
                "MARIE DUPONT", "BE43068999999501", StructuredCommunication.Parse("+++240/0000/00105+++").Value, null),
            lines[1]);
    }

    [Fact]
    public void Parse_BatchOfOne_GivesTheDetailAlone()
    {
        var text = CodaSample.WithMovements(
            Global("000000000058000"),
            CodaSample.Detail("0006", "0001", '0', "000000000058000", "101250000019788", "JAN JANSSENS", "BE71096123456769"));

        var line = Assert.Single(CodaParser.Parse(text).Value.Lines);

        Assert.Equal("GLOBALREF00000000006/0001", line.BankReference);
        Assert.Equal("JAN JANSSENS", line.CounterpartyName);
        Assert.Equal(58.00m, line.Amount);
    }

    [Theory]
    [InlineData("000000000124990")]
    [InlineData("000000000125010")]
    public void Parse_BatchDetailsOffByOneCent_IsRefusedAtTheGlobalMovement(string thirdAmount)
    {
        var text = CodaSample.WithMovements(
            Global("000000000303000"),
            CodaSample.Detail("0006", "0001", '0', "000000000058000", "101250000019788", "JAN JANSSENS", "BE71096123456769"),
            CodaSample.Detail("0006", "0002", '0', "000000000120000", "101240000000105", "MARIE DUPONT", "BE43068999999501"),
            CodaSample.Detail("0006", "0003", '0', thirdAmount, "101010806817183", "PIERRE MARTIN", "BE62510007547061"));

        var error = Assert.Single(CodaParser.Parse(text).Errors);

        Assert.Equal("CODA_BATCH_TOTAL", error.Code);
        Assert.Equal("line 3", error.Field);
    }

    [Fact]
    public void Parse_BatchFollowedByAMovement_EndsTheBatchThere()
    {
        var text = CodaSample.WithMovements(
            Global("000000000058000"),
            CodaSample.Detail("0006", "0001", '0', "000000000058000", "101250000019788", "JAN JANSSENS", "BE71096123456769"),
            [CodaSample.Records[FirstMovement + 3], CodaSample.Records[FirstMovement + 4]]);

        var lines = CodaParser.Parse(text).Value.Lines;

        Assert.Equal(["GLOBALREF00000000006/0001", "BANKREF0000000000002"], lines.Select(l => l.BankReference));
        Assert.Equal([58.00m, 120.00m], lines.Select(l => l.Amount));
        Assert.Equal("MARIE DUPONT", lines[1].CounterpartyName);
    }

    [Fact]
    public void Parse_GlobalisationCodeWithoutDetails_IsAnOrdinaryMovement()
    {
        var line = Assert.Single(CodaParser.Parse(CodaSample.WithMovements(Global("000000000303000"))).Value.Lines);

        Assert.Equal("GLOBALREF00000000006", line.BankReference);
        Assert.Equal(303.00m, line.Amount);
    }

    [Fact]
    public void Parse_NestedLevels_CountsOnlyTheTransactionsNotTheSubtotals()
    {
        // Level 1 (300) holds a level-2 sub-total (178: 58 and 120, the 120 closing level 2) and 122, which closes level 1.
        var text = CodaSample.WithMovements(
            Global("000000000300000"),
            CodaSample.Detail("0006", "0001", '2', "000000000178000", "101250000019788", "SUBTOTAL", "BE71096123456769"),
            CodaSample.Detail("0006", "0002", '0', "000000000058000", "101250000019788", "JAN JANSSENS", "BE71096123456769"),
            CodaSample.Detail("0006", "0003", '2', "000000000120000", "101240000000105", "MARIE DUPONT", "BE43068999999501"),
            CodaSample.Detail("0006", "0004", '1', "000000000122000", "101010806817183", "PIERRE MARTIN", "BE62510007547061"));

        var lines = CodaParser.Parse(text).Value.Lines;

        Assert.Equal(["GLOBALREF00000000006/0002", "GLOBALREF00000000006/0003", "GLOBALREF00000000006/0004"], lines.Select(l => l.BankReference));
    }

    [Fact]
    public void Parse_ShortRecord_IsRefusedWithItsLineNumber()
    {
        var records = (string[])CodaSample.Records.Clone();
        records[FirstMovement] = records[FirstMovement][..100];

        var parsed = CodaParser.Parse(string.Join('\n', records));

        Assert.True(parsed.IsFailure);
        Assert.Equal("CODA_RECORD_LENGTH", parsed.FirstError.Code);
        Assert.Equal("line 3", parsed.FirstError.Field);
    }

    [Theory]
    [InlineData(33, "0000000000580A0", "line 3: amount")]
    [InlineData(32, "2", "line 3: amount sign")]
    [InlineData(48, "320125", "line 3: value date")]
    [InlineData(116, "28112X", "line 3: booking date")]
    public void Parse_BadMovementField_IsRefusedAtThatField(int position, string value, string field)
    {
        var parsed = CodaParser.Parse(CodaSample.WithField(FirstMovement, position, value));

        Assert.True(parsed.IsFailure);
        Assert.Equal("CODA_FIELD_INVALID", parsed.FirstError.Code);
        Assert.Equal(field, parsed.FirstError.Field);
    }

    [Fact]
    public void Parse_GlobalisationCodeNotADigit_IsRefused()
    {
        var parsed = CodaParser.Parse(CodaSample.WithField(FirstMovement, 125, "X"));

        Assert.Equal("line 3: globalisation code", Assert.Single(parsed.Errors).Field);
    }

    [Fact]
    public void Parse_BadHeaderDate_IsRefused()
    {
        var parsed = CodaParser.Parse(CodaSample.WithField(0, 6, "991325"));

        Assert.Equal("line 1: creation date", Assert.Single(parsed.Errors).Field);
    }

    [Fact]
    public void Parse_NotVersion2_IsRefused()
    {
        var parsed = CodaParser.Parse(CodaSample.WithField(0, 128, "1"));

        Assert.Equal("line 1: version code", Assert.Single(parsed.Errors).Field);
    }

    [Fact]
    public void Parse_UnknownRecordType_IsRefused()
    {
        var parsed = CodaParser.Parse(CodaSample.WithField(12, 1, "7"));

        Assert.Equal("CODA_RECORD_UNEXPECTED", Assert.Single(parsed.Errors).Code);
        Assert.Equal("line 13", parsed.FirstError.Field);
    }

    [Fact]
    public void Parse_WithoutTrailer_IsRefusedAsTruncated()
    {
        var parsed = CodaParser.Parse(string.Join('\n', CodaSample.Records[..^1]));

        Assert.Equal("CODA_TRAILER_MISSING", Assert.Single(parsed.Errors).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a coda file")]
    public void Parse_NotCoda_IsRefusedWithoutThrowing(string text) =>
        Assert.True(CodaParser.Parse(text).IsFailure);

    /// <summary>A collective credit: globalisation code 1, detail number 0000, the sum of the details that follow.</summary>
    private static string[] Global(string amount) =>
        [CodaSample.Movement("0006", "0000", '1', "GLOBALREF00000000006", '0', amount, "281125", '0', "COLLECTIEVE OVERSCHRIJVING", next: false)];
}
