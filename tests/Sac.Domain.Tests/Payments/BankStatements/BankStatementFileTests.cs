using System.Security.Cryptography;
using System.Text;
using Sac.Domain.Payments.BankStatements;

namespace Sac.Domain.Tests.Payments.BankStatements;

/// <summary>A statement file as uploaded: its format told by its content, its digest, and the movements it may not repeat.</summary>
public sealed class BankStatementFileTests
{
    [Fact]
    public void Read_Coda_IsCodaWithItsDigest()
    {
        var bytes = Encoding.Latin1.GetBytes(CodaSample.Text);

        var file = BankStatementFile.Read(bytes);

        Assert.True(file.IsSuccess);
        Assert.Equal(BankStatementFormat.Coda, file.Value.Format);
        Assert.Equal(5, file.Value.Statement.Lines.Count);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Value.Sha256);
    }

    [Fact]
    public void Read_XmlAfterAByteOrderMarkAndBlankLines_IsCamt053()
    {
        var file = BankStatementFile.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("\n\n" + Camt053Sample.Xml)]);

        Assert.True(file.IsSuccess);
        Assert.Equal(BankStatementFormat.Camt053, file.Value.Format);
        Assert.Equal("42", file.Value.Statement.StatementNumber);
    }

    [Fact]
    public void Read_Latin1Coda_KeepsTheAccentedName()
    {
        var text = CodaSample.Text.Replace("JAN JANSSENS", "JOSÉ MÜLLERS", StringComparison.Ordinal);

        var file = BankStatementFile.Read(Encoding.Latin1.GetBytes(text));

        Assert.Equal("JOSÉ MÜLLERS", file.Value.Statement.Lines[0].CounterpartyName);
    }

    [Fact]
    public void Read_TwoMovementsWithOneReference_IsRefused()
    {
        var text = CodaSample.Text.Replace("BANKREF0000000000002", "BANKREF0000000000001", StringComparison.Ordinal);

        var file = BankStatementFile.Read(Encoding.Latin1.GetBytes(text));

        Assert.Equal(("BANK_STATEMENT_DUPLICATE_REFERENCE", "file"), (file.FirstError.Code, file.FirstError.Field));
    }

    [Fact]
    public void Read_Blank_IsEmpty() =>
        Assert.Equal("BANK_STATEMENT_EMPTY", BankStatementFile.Read(Encoding.UTF8.GetBytes(" \n ")).FirstError.Code);

    [Fact]
    public void Read_UnreadableCoda_GivesTheParsersErrors() =>
        Assert.Equal("CODA_TRAILER_MISSING", BankStatementFile.Read(Encoding.Latin1.GetBytes(string.Join('\n', CodaSample.Records[..^1]))).FirstError.Code);
}
