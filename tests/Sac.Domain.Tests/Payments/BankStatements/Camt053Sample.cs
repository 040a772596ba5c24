namespace Sac.Domain.Tests.Payments.BankStatements;

/// <summary>A small camt.053.001.02 statement written for the tests, with the same movements as the CODA sample.</summary>
internal static class Camt053Sample
{
    public const string Namespace02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    public static readonly string Xml = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="{Namespace02}">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>MSG-2025-11-29</MsgId><CreDtTm>2025-11-29T06:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>STMT-2025-042</Id>
              <ElctrncSeqNb>42</ElctrncSeqNb>
              <CreDtTm>2025-11-29T06:00:00+01:00</CreDtTm>
              <Acct><Id><IBAN>BE68539007547034</IBAN></Id><Ccy>EUR</Ccy></Acct>
              {Entry("58.00", "CRDT", "2025-11-27", "BANKREF1", "Dbtr", "JAN JANSSENS", "BE71096123456769", "<Strd><CdtrRefInf><Ref>250000019788</Ref></CdtrRefInf></Strd>")}
              {Entry("120.00", "CRDT", null, "BANKREF2", "Dbtr", "MARIE DUPONT", "BE43068999999501", "<Strd><CdtrRefInf><Ref>+++240/0000/00105+++</Ref></CdtrRefInf></Strd>")}
              {Entry("25", "CRDT", "2025-11-28", "BANKREF3", "Dbtr", "PIERRE MARTIN", "BE62510007547061", "<Strd><CdtrRefInf><Ref>010806817183</Ref></CdtrRefInf></Strd>")}
              {Entry("58.00", "CRDT", "2025-11-28", "BANKREF4", "Dbtr", "SOPHIE PEETERS", "BE92310123456789", "<Ustrd>AMENDE SAC DOSSIER 2025/197</Ustrd>")}
              {Entry("15.50", "DBIT", "2025-11-28", "BANKREF5", "Cdtr", "LUC DUBOIS", "BE08000123456713", "<Ustrd>REMBOURSEMENT</Ustrd>")}
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;

    /// <summary>The sample with more entries after its five.</summary>
    public static string WithEntries(params string[] entries) =>
        Xml.Replace("</Stmt>", string.Concat(entries) + "</Stmt>", StringComparison.Ordinal);

    /// <summary>A collective credit: one entry whose TxDtls are the individual transfers.</summary>
    public static string BatchEntry(string amount, string reference, params string[] transactions) => $"""
        <Ntry>
          <Amt Ccy="EUR">{amount}</Amt>
          <CdtDbtInd>CRDT</CdtDbtInd>
          <Sts>BOOK</Sts>
          <BookgDt><Dt>2025-11-28</Dt></BookgDt>
          <ValDt><Dt>2025-11-28</Dt></ValDt>
          <AcctSvcrRef>{reference}</AcctSvcrRef>
          <NtryDtls><Btch><NbOfTxs>{transactions.Length}</NbOfTxs></Btch>{string.Concat(transactions)}</NtryDtls>
        </Ntry>
        """;

    /// <summary>A transfer of a batch, with its amount as camt.053.001.02 gives it (AmtDtls) and its own reference if any.</summary>
    public static string Transaction(string amount, string? reference, string name, string iban, string communication) => $"""
        <TxDtls>
          {(reference is null ? string.Empty : $"<Refs><AcctSvcrRef>{reference}</AcctSvcrRef></Refs>")}
          <AmtDtls><TxAmt><Amt Ccy="EUR">{amount}</Amt></TxAmt></AmtDtls>
          <RltdPties><Dbtr><Nm>{name}</Nm></Dbtr><DbtrAcct><Id><IBAN>{iban}</IBAN></Id></DbtrAcct></RltdPties>
          <RmtInf><Strd><CdtrRefInf><Ref>{communication}</Ref></CdtrRefInf></Strd></RmtInf>
        </TxDtls>
        """;

    private static string Entry(string amount, string direction, string? valueDate, string reference, string party, string name, string iban, string remittance) => $"""
        <Ntry>
          <Amt Ccy="EUR">{amount}</Amt>
          <CdtDbtInd>{direction}</CdtDbtInd>
          <Sts>BOOK</Sts>
          <BookgDt><Dt>2025-11-28</Dt></BookgDt>
          {(valueDate is null ? string.Empty : $"<ValDt><Dt>{valueDate}</Dt></ValDt>")}
          <BkTxCd />
          <NtryDtls><TxDtls>
            <Refs><AcctSvcrRef>{reference}</AcctSvcrRef></Refs>
            <RltdPties><{party}><Nm>{name}</Nm></{party}><{party}Acct><Id><IBAN>{iban}</IBAN></Id></{party}Acct></RltdPties>
            <RmtInf>{remittance}</RmtInf>
          </TxDtls></NtryDtls>
        </Ntry>
        """;
}
