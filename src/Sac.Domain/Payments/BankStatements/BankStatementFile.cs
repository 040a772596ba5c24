using System.Security.Cryptography;
using System.Text;
using Sac.Domain.Common;

namespace Sac.Domain.Payments.BankStatements;

/// <summary>A statement file as uploaded: its format told from its content, the statement read from it, and its SHA-256.</summary>
public sealed record BankStatementFile(BankStatementFormat Format, BankStatement Statement, string Sha256)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly Error Empty = new("BANK_STATEMENT_EMPTY", "The file is empty.", Field: "file");

    public static readonly Error DuplicateReference =
        new("BANK_STATEMENT_DUPLICATE_REFERENCE", "Two movements of the file have the same bank reference.", Field: "file");

    /// <summary>
    /// XML (its first non-blank character is '&lt;') is camt.053; anything else is read as CODA. CODA files are
    /// usually ISO-8859-1: text that is not valid UTF-8 is read as Latin-1, so a name with an accent is not refused.
    /// </summary>
    public static Result<BankStatementFile> Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = Decode(content).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
        {
            return Empty;
        }

        var format = text[0] == '<' ? BankStatementFormat.Camt053 : BankStatementFormat.Coda;
        var parsed = format == BankStatementFormat.Camt053 ? Camt053Parser.Parse(text) : CodaParser.Parse(text);
        if (parsed.IsFailure)
        {
            return Result<BankStatementFile>.Failure(parsed.Errors);
        }

        // A line is known by its bank reference: two alike in one file would make one of them vanish on import.
        if (parsed.Value.Lines.GroupBy(l => l.BankReference, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            return DuplicateReference;
        }

        return new BankStatementFile(format, parsed.Value, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    private static string Decode(byte[] content)
    {
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }
}
