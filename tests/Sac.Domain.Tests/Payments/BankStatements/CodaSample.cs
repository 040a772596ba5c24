namespace Sac.Domain.Tests.Payments.BankStatements;

/// <summary>
/// A small CODA 2 statement written for the tests: fields are placed at their 1-based specification positions in
/// 128-character records, so each record is exactly as wide as a bank's.
/// </summary>
internal static class CodaSample
{
    /// <summary>Longer than the 53 characters of a record 2.1, so it continues in the record 2.2.</summary>
    public const string LongFreeCommunication = "AMENDE SAC DOSSIER 2025 NUMERO 197 RUE DE LA GARE 12 A NAMUR";

    public static readonly string[] Records =
    [
        Record((1, "0"), (2, "0000"), (6, "291125"), (12, "725"), (15, "05"), (35, "COMMUNE DE TEST"), (128, "2")),
        Record((1, "1"), (2, "2"), (3, "042"), (6, "BE68539007547034"), (40, "EUR"), (43, "0"), (44, "000000001000000"), (59, "281125"), (65, "COMMUNE DE TEST"), (126, "042")),

        // Two payments with valid structured communications.
        Movement("0001", "BANKREF0000000000001", '0', "000000000058000", "271125", '1', "101250000019788", next: true),
        Record((1, "22"), (3, "0001"), (7, "0000"), (99, "GEBABEBB"), (126, "1")),
        Record((1, "23"), (3, "0001"), (7, "0000"), (11, "BE71096123456769"), (45, "EUR"), (48, "JAN JANSSENS")),
        Movement("0002", "BANKREF0000000000002", '0', "000000000120000", "000000", '1', "101240000000105", next: true),
        Record((1, "23"), (3, "0002"), (7, "0000"), (11, "BE43068999999501"), (45, "EUR"), (48, "MARIE DUPONT")),

        // A partial payment: a valid communication, part of the amount.
        Movement("0003", "BANKREF0000000000003", '0', "000000000025000", "281125", '1', "101010806817183", next: true),
        Record((1, "23"), (3, "0003"), (7, "0000"), (11, "BE62510007547061"), (45, "EUR"), (48, "PIERRE MARTIN")),

        // Free communication over records 2.1 and 2.2, and an information record to skip.
        Movement("0004", "BANKREF0000000000004", '0', "000000000058000", "281125", '0', LongFreeCommunication[..53], next: true),
        Record((1, "22"), (3, "0004"), (7, "0000"), (11, LongFreeCommunication[53..]), (126, "1")),
        Record((1, "23"), (3, "0004"), (7, "0000"), (11, "BE92310123456789"), (45, "EUR"), (48, "SOPHIE PEETERS")),
        Record((1, "31"), (3, "0004"), (7, "0000"), (11, "INFORMATION TO SKIP")),

        // A debit: the municipality pays a refund.
        Movement("0005", "BANKREF0000000000005", '1', "000000000015500", "281125", '0', "REMBOURSEMENT", next: true),
        Record((1, "23"), (3, "0005"), (7, "0000"), (11, "BE08000123456713"), (45, "EUR"), (48, "LUC DUBOIS")),

        Record((1, "8"), (2, "042"), (5, "BE68539007547034"), (39, "EUR"), (42, "0"), (43, "000000001245500"), (58, "281125")),
        Record((1, "9"), (17, "000016"), (23, "000000000015500"), (38, "000000000261000"), (128, "2")),
    ];

    public static string Text => string.Join('\n', Records);

    public static string Movement(string sequence, string reference, char sign, string amount, string valueDate, char communicationType, string communication, bool next) =>
        Movement(sequence, "0000", '0', reference, sign, amount, valueDate, communicationType, communication, next);

    /// <summary>A record 2.1 with its detail number and globalisation code, for batches.</summary>
    public static string Movement(
        string sequence, string detail, char globalisation, string reference, char sign, string amount, string valueDate,
        char communicationType, string communication, bool next) =>
        Record(
            (1, "21"), (3, sequence), (7, detail), (11, reference), (32, sign.ToString()), (33, amount), (48, valueDate),
            (54, "00150000"), (62, communicationType.ToString()), (63, communication), (116, "281125"), (122, "042"),
            (125, globalisation.ToString()), (126, next ? "1" : "0"), (128, "0"));

    /// <summary>A credit of a batch: a record 2.1 with a structured communication and the 2.3 naming the payer.</summary>
    public static string[] Detail(string sequence, string detail, char globalisation, string amount, string communication, string payer, string iban) =>
    [
        Movement(sequence, detail, globalisation, "GLOBALREF00000000006", '0', amount, "281125", '1', communication, next: true),
        Record((1, "23"), (3, sequence), (7, detail), (11, iban), (45, "EUR"), (48, payer)),
    ];

    /// <summary>The sample's header and old balance, the given movement records, then its new balance and trailer.</summary>
    public static string WithMovements(params string[][] movements) =>
        string.Join('\n', Records[..2].Concat(movements.SelectMany(m => m)).Concat(Records[^2..]));

    /// <summary>A 128-character record of blanks with each value written from its 1-based position.</summary>
    public static string Record(params (int Position, string Value)[] fields)
    {
        var record = new string(' ', 128).ToCharArray();
        foreach (var (position, value) in fields)
        {
            value.CopyTo(0, record, position - 1, value.Length);
        }

        return new string(record);
    }

    /// <summary>The sample with one record's field overwritten from a 1-based position.</summary>
    public static string WithField(int recordIndex, int position, string value)
    {
        var records = (string[])Records.Clone();
        var record = records[recordIndex].ToCharArray();
        value.CopyTo(0, record, position - 1, value.Length);
        records[recordIndex] = new string(record);
        return string.Join('\n', records);
    }
}
