using Sac.Domain.Payments.BankStatements;

namespace Sac.Infrastructure.Persistence.Configurations;

/// <summary>Column lengths shared by several tables, so that the same value fits wherever it is copied.</summary>
internal static class Lengths
{
    public const int Nis = 5;

    /// <summary>As DefineInfractionValidator allows.</summary>
    public const int InfractionCode = 50;

    /// <summary>Enum names stored as text.</summary>
    public const int EnumName = 32;

    /// <summary>As Identity's user name column: who recorded or did something.</summary>
    public const int UserName = 256;

    /// <summary>Identity's key columns (GUID strings).</summary>
    public const int UserId = 450;

    public const int MoneyPrecision = 10;

    /// <summary>ISO 13616: at most 34 characters, compact.</summary>
    public const int Iban = 34;

    /// <summary>A bank's reference of a movement or a statement.</summary>
    public const int BankReference = BankStatementLine.ReferenceLength;

    /// <summary>Defences, minutes and reasoning: long, but bounded so a hostile client cannot fill the disk with one field.</summary>
    public const int LongText = 20000;
}
