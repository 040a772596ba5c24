using System.Text;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>A movement being assembled from its record 2.1 and the 2.2/2.3 that continue it.</summary>
internal sealed class CodaMovement
{
    /// <summary>The detail number of a movement that is not a batch's detail (a single or a global movement).</summary>
    public const string NoDetail = "0000";

    private readonly StringBuilder communication = new();
    private DateOnly? valueDate;
    private DateOnly bookingDate;
    private bool structured;
    private string? counterpartyName;
    private string? counterpartyAccount;

    public int LineNumber { get; private init; }

    public string SequenceNumber { get; private init; } = string.Empty;

    public string DetailNumber { get; private init; } = NoDetail;

    public string BankReference { get; private init; } = string.Empty;

    public decimal Amount { get; private init; }

    /// <summary>0 for none; 1-9, the level of a global amount that the following details make up.</summary>
    public int GlobalisationCode { get; private init; }

    public static CodaMovement Start(CodaRecord record)
    {
        var globalisation = record.Text[124];
        if (!char.IsAsciiDigit(globalisation))
        {
            record.Invalid(125, 125, "globalisation code", $"'{globalisation}' is not a digit");
        }

        var movement = new CodaMovement
        {
            LineNumber = record.LineNumber,
            SequenceNumber = record.Field(3, 6),
            DetailNumber = record.Field(7, 10),
            // The sequence and detail numbers make a reference unique within the statement when the bank leaves its own blank.
            BankReference = record.Trimmed(11, 31) ?? $"{record.Field(3, 6)}-{record.Field(7, 10)}",
            Amount = record.SignedAmount(32, "amount") ?? 0m,
            GlobalisationCode = char.IsAsciiDigit(globalisation) ? globalisation - '0' : 0,
            valueDate = record.Date(48, "value date", optional: true),
            bookingDate = record.Date(116, "booking date") ?? default,
            structured = record.Text[61] == '1',
        };
        movement.communication.Append(record.Field(63, 115));
        return movement;
    }

    public bool IsDetailOf(CodaMovement global) => SequenceNumber == global.SequenceNumber && DetailNumber != NoDetail;

    public void Continue22(CodaRecord record) => communication.Append(record.Field(11, 63));

    public void Continue23(CodaRecord record)
    {
        // A Belgian account is followed by a blank and its currency in the same zone; an IBAN fills it alone.
        counterpartyAccount = record.Trimmed(11, 47)?.Split(' ')[0];
        counterpartyName = record.Trimmed(48, 82);
        communication.Append(record.Field(83, 125));
    }

    public BankStatementLine ToLine(string accountIban, string currency, string bankReference)
    {
        var text = communication.ToString();
        var (structuredCommunication, free) = structured && text[..3] is "101" or "102"
            ? CommunicationReader.Read(text[3..15], text[15..])
            : CommunicationReader.Read(null, text);
        return new BankStatementLine(
            accountIban, bankReference, bookingDate, valueDate, Amount, currency,
            counterpartyName, counterpartyAccount, structuredCommunication, free);
    }
}
