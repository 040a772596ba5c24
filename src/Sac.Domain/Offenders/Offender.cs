using System.Globalization;
using System.Text;

namespace Sac.Domain.Offenders;

/// <summary>
/// Who committed the facts: a person, a company, or a vehicle whose holder is not yet known.
/// Identifiers are kept in their normalised form; they were validated by their value objects.
/// </summary>
public sealed record Offender
{
    private Offender()
    {
    }

    public OffenderType Type { get; private init; }

    public string? NationalRegisterNumber { get; private init; }

    public string? LastName { get; private init; }

    public string? FirstName { get; private init; }

    /// <summary>The birth date given, else the one the national register number encodes.</summary>
    public DateOnly? BirthDate { get; private init; }

    /// <summary>True when the number encodes no day or month and the latest possible date was assumed (the offender's favour: youngest).</summary>
    public bool BirthDateEstimated { get; private init; }

    public string? Language { get; private init; }

    public Address? Address { get; private init; }

    public string? EnterpriseNumber { get; private init; }

    public string? CompanyName { get; private init; }

    public string? Plate { get; private init; }

    public string? PlateCountry { get; private init; }

    /// <summary>True once retention erased who the offender was (see <see cref="Anonymised"/>).</summary>
    public bool IsAnonymised { get; private init; }

    public bool IsIdentified => Type != OffenderType.Vehicle;

    /// <summary>The key under which the register finds earlier sanctions of the same offender; null when unidentified or anonymised.</summary>
    public string? IdentityKey => Type switch
    {
        _ when IsAnonymised => null,
        OffenderType.Person when NationalRegisterNumber is not null => "NRN:" + NationalRegisterNumber,
        OffenderType.Person => $"NAME:{Fold(LastName)}|{Fold(FirstName)}|{BirthDate:yyyy-MM-dd}",
        OffenderType.Company => "KBO:" + EnterpriseNumber,
        _ => null,
    };

    public string DisplayName => Type switch
    {
        _ when IsAnonymised => string.Empty,
        OffenderType.Person => $"{LastName} {FirstName}".Trim() is { Length: > 0 } name ? name : NationalRegisterNumber ?? string.Empty,
        OffenderType.Company => CompanyName ?? EnterpriseNumber ?? string.Empty,
        _ => $"{Plate} ({PlateCountry})",
    };

    public static Offender Person(
        NationalRegisterNumber? number, string? lastName, string? firstName, DateOnly? birthDate, string? language, Address? address)
    {
        if (number is null && birthDate is null)
        {
            throw new ArgumentException("A person is identified by a national register number or a birth date.", nameof(birthDate));
        }

        var (derived, estimated) = birthDate is null && number is not null ? BirthDateFrom(number) : (birthDate, false);
        return new Offender
        {
            Type = OffenderType.Person,
            NationalRegisterNumber = number?.Value,
            LastName = Clean(lastName),
            FirstName = Clean(firstName),
            BirthDate = derived,
            BirthDateEstimated = estimated,
            Language = language,
            Address = address,
        };
    }

    public static Offender Company(EnterpriseNumber number, string? name, string? language, Address? address) => new()
    {
        Type = OffenderType.Company,
        EnterpriseNumber = number.Value,
        CompanyName = Clean(name),
        Language = language,
        Address = address,
    };

    public static Offender Vehicle(LicencePlate plate) => new()
    {
        Type = OffenderType.Vehicle,
        Plate = plate.Value,
        PlateCountry = plate.Country,
    };

    /// <summary>
    /// What statistics keep once the retention period ended: the type, the language of the proceedings and the postal code,
    /// municipality and country of residence (or the plate's country). Names, numbers, the plate, the street, the house number
    /// and the birth date go.
    /// </summary>
    public Offender Anonymised() => new()
    {
        Type = Type,
        Language = Language,
        Address = Address is { } a && (a.PostalCode ?? a.City ?? a.Country) is not null ? new Address(null, null, a.PostalCode, a.City, a.Country) : null,
        PlateCountry = PlateCountry,
        IsAnonymised = true,
    };

    /// <summary>
    /// The same offender with the plate of the vehicle the facts were found with: a vehicle's holder, once identified, keeps
    /// the plate on the case (a later re-identification asks the vehicle registry again).
    /// </summary>
    public Offender WithVehicle(string? plate, string? plateCountry) => this with { Plate = plate, PlateCountry = plateCountry };

    private static (DateOnly? BirthDate, bool Estimated) BirthDateFrom(NationalRegisterNumber number)
    {
        if (number.BirthDate is { } exact)
        {
            return (exact, false);
        }

        var month = number.BirthMonth ?? 12;
        var day = number.BirthDay ?? DateTime.DaysInMonth(number.BirthYear, month);
        return (new DateOnly(number.BirthYear, month, day), true);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Upper case without accents, so "Peeters Zoë" and "PEETERS ZOE" are the same person.</summary>
    private static string Fold(string? text)
    {
        var decomposed = (text ?? string.Empty).Trim().ToUpperInvariant().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]);
    }
}
