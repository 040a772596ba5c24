using Sac.Domain.Offenders;

namespace Sac.Infrastructure.Registries.Http;

/// <summary>
/// Reads a gateway payload into Sac's terms and collects every problem on the way (a missing field, a value outside the
/// contract), so that one answer names all that is wrong with it. The adapters answer Failed when <see cref="Problems"/> is not empty.
/// </summary>
internal sealed class PayloadReader
{
    // The languages Sac writes letters in or records for an offender (OffenderInputValidator).
    private static readonly string[] KeptLanguages = ["nl", "fr", "de"];

    private readonly List<string> problems = [];

    public IReadOnlyList<string> Problems => problems;

    public void Problem(string problem) => problems.Add(problem);

    public string Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{field} is missing");
            return string.Empty;
        }

        return value.Trim();
    }

    public T Value<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            problems.Add($"{field} is missing");
            return default;
        }

        return value.Value;
    }

    /// <summary>The identifier the registry answered about must be the one asked for, or the answer is about someone else.</summary>
    public void SameIdentifier(string? answered, string asked, string field)
    {
        if (Text(answered, field) is { Length: > 0 } text && Normalise(text) != asked)
        {
            problems.Add($"{field} is not the number asked for");
        }
    }

    public Address Address(AddressPayload? address, string field)
    {
        if (address is null)
        {
            problems.Add($"{field} is missing");
            return new Address(null, null, null, null, null);
        }

        var country = Text(address.Country, $"{field}.country").ToUpperInvariant();
        if (country.Length > 0 && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            problems.Add($"{field}.country is not an ISO 3166-1 alpha-2 code");
        }

        return new Address(
            Optional(address.Street),
            HouseNumber(Optional(address.HouseNumber), Optional(address.Box)),
            Optional(address.PostalCode),
            Text(address.Municipality, $"{field}.municipality"),
            country);
    }

    /// <summary>nl, fr or de from an ISO 639-1 code ("nl", "NL", "nl-BE"); any other language is not one Sac records: null.</summary>
    public static string? Language(string? code)
    {
        var primary = Optional(code)?.Split('-', '_')[0].ToLowerInvariant();
        return primary is not null && KeptLanguages.Contains(primary) ? primary : null;
    }

    /// <summary>Digits only: "85.07.30-033.28" and "85073003328" are the same number.</summary>
    public static string Normalise(string identifier) => string.Concat(identifier.Where(char.IsAsciiDigit));

    public static string? OptionalIdentifier(string? value) => Normalise(value ?? string.Empty) is { Length: > 0 } digits ? digits : null;

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Sac's address has no box field; "12" with box "3" becomes "12/3", the language-neutral Belgian notation.
    private static string? HouseNumber(string? number, string? box) =>
        (number, box) switch
        {
            (null, null) => null,
            (_, null) => number,
            (null, _) => "/" + box,
            _ => $"{number}/{box}",
        };
}
