using System.Globalization;

namespace Sac.Web.Tests.Payments;

/// <summary>A movement to write into a test statement: a credit when the amount is positive, a debit otherwise.</summary>
public sealed record Movement(string Reference, decimal Amount, string? StructuredCommunication, string Payer, string? FreeText = null);

/// <summary>
/// CODA 2 and camt.053 statements written for the tests, as a bank would send them for Gent's account (the demo
/// letterhead's IBAN): CODA fields at their 1-based positions in 128-character records, camt.053.001.02 XML.
/// </summary>
public static class StatementFiles
{
    public const string GentIban = "BE94091000415614";

    public const string BrusselsIban = "BE50091000425718";

    public static readonly DateOnly BookedOn = new(2025, 6, 18);

    public static string Coda(string iban, int statementNumber, params Movement[] movements)
    {
        var number = statementNumber.ToString("D3", CultureInfo.InvariantCulture);
        var records = new List<string>
        {
            Record((1, "0"), (2, "0000"), (6, Day(BookedOn)), (12, "725"), (15, "05"), (35, "STAD GENT"), (128, "2")),
            Record((1, "1"), (2, "2"), (3, number), (6, iban), (40, "EUR"), (43, "0"), (44, "000000001000000"), (59, Day(BookedOn)), (65, "STAD GENT"), (126, number)),
        };
        for (var i = 0; i < movements.Length; i++)
        {
            var m = movements[i];
            var sequence = (i + 1).ToString("D4", CultureInfo.InvariantCulture);
            var communication = m.StructuredCommunication is { } structured ? ('1', "101" + Digits(structured)) : ('0', m.FreeText ?? string.Empty);
            records.Add(Record(
                (1, "21"), (3, sequence), (7, "0000"), (11, m.Reference.PadRight(21)), (32, m.Amount > 0 ? "0" : "1"),
                (33, (Math.Abs(m.Amount) * 1000).ToString("000000000000000", CultureInfo.InvariantCulture)), (48, Day(BookedOn)),
                (54, "00150000"), (62, communication.Item1.ToString()), (63, communication.Item2), (116, Day(BookedOn)), (122, number),
                (125, "0"), (126, "1"), (128, "0")));
            records.Add(Record((1, "23"), (3, sequence), (7, "0000"), (11, "BE71096123456769"), (45, "EUR"), (48, m.Payer)));
        }

        records.Add(Record((1, "8"), (2, number), (5, iban), (39, "EUR"), (42, "0"), (43, "000000001000000"), (58, Day(BookedOn))));
        records.Add(Record((1, "9"), (17, (records.Count - 1).ToString("D6", CultureInfo.InvariantCulture)), (23, "000000000000000"), (38, "000000000000000"), (128, "2")));
        return string.Join('\n', records);
    }

    public static string Camt(string iban, string statementNumber, params Movement[] movements) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>MSG-{statementNumber}</MsgId><CreDtTm>2025-06-18T06:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>STMT-{statementNumber}</Id>
              <ElctrncSeqNb>{statementNumber}</ElctrncSeqNb>
              <CreDtTm>2025-06-18T06:00:00+02:00</CreDtTm>
              <Acct><Id><IBAN>{iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
              {string.Concat(movements.Select(Entry))}
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;

    private static string Entry(Movement m)
    {
        var credit = m.Amount > 0;
        var party = credit ? "Dbtr" : "Cdtr";
        var remittance = m.StructuredCommunication is { } structured
            ? $"<Strd><CdtrRefInf><Ref>{Digits(structured)}</Ref></CdtrRefInf></Strd>"
            : $"<Ustrd>{m.FreeText}</Ustrd>";
        return $"""
            <Ntry>
              <Amt Ccy="EUR">{Math.Abs(m.Amount).ToString("0.00", CultureInfo.InvariantCulture)}</Amt>
              <CdtDbtInd>{(credit ? "CRDT" : "DBIT")}</CdtDbtInd>
              <Sts>BOOK</Sts>
              <BookgDt><Dt>{BookedOn:yyyy-MM-dd}</Dt></BookgDt>
              <NtryDtls><TxDtls>
                <Refs><AcctSvcrRef>{m.Reference}</AcctSvcrRef></Refs>
                <RltdPties><{party}><Nm>{m.Payer}</Nm></{party}><{party}Acct><Id><IBAN>BE71096123456769</IBAN></Id></{party}Acct></RltdPties>
                <RmtInf>{remittance}</RmtInf>
              </TxDtls></NtryDtls>
            </Ntry>
            """;
    }

    private static string Digits(string structured) => new([.. structured.Where(char.IsAsciiDigit)]);

    private static string Day(DateOnly day) => day.ToString("ddMMyy", CultureInfo.InvariantCulture);

    private static string Record(params (int Position, string Value)[] fields)
    {
        var record = new string(' ', 128).ToCharArray();
        foreach (var (position, value) in fields)
        {
            value.CopyTo(0, record, position - 1, value.Length);
        }

        return new string(record);
    }
}
