using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Domain.Measures;

/// <summary>Whether the addressee of a measure is a natural person or a company.</summary>
public enum AddresseeKind
{
    Person,
    Company,
}

/// <summary>
/// Who a college sanction or a place ban is addressed to, and where its letters go: a name, an optional national register or
/// enterprise number (validated when given), an address and the language of the letters ("nl" or "fr").
/// </summary>
public sealed record Addressee
{
    private Addressee()
    {
        Name = Language = string.Empty;
    }

    public AddresseeKind Kind { get; private init; }

    public string Name { get; private init; }

    /// <summary>Eleven digits, for a person; null when not known.</summary>
    public string? NationalRegisterNumber { get; private init; }

    /// <summary>Ten digits, for a company; null when not known.</summary>
    public string? EnterpriseNumber { get; private init; }

    public Address? Address { get; private init; }

    public string Language { get; private init; }

    public static Result<Addressee> Create(AddresseeKind kind, string? name, string? number, Address? address, string? language)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(MeasureErrors.NameRequired);
        }

        if (language is not ("nl" or "fr"))
        {
            errors.Add(MeasureErrors.LanguageInvalid);
        }

        string? nationalNumber = null, enterpriseNumber = null;
        if (!string.IsNullOrWhiteSpace(number))
        {
            if (kind == AddresseeKind.Person)
            {
                var parsed = Offenders.NationalRegisterNumber.Create(number);
                AddOrKeep(parsed, errors, out nationalNumber);
            }
            else
            {
                var parsed = Offenders.EnterpriseNumber.Create(number);
                AddOrKeep(parsed, errors, out enterpriseNumber);
            }
        }

        return errors.Count > 0
            ? Result<Addressee>.Failure(errors)
            : new Addressee
            {
                Kind = kind,
                Name = name!.Trim(),
                NationalRegisterNumber = nationalNumber,
                EnterpriseNumber = enterpriseNumber,
                Address = address,
                Language = language!,
            };
    }

    /// <summary>Who it was, erased once the retention period ended: the kind and the language of the letters stay.</summary>
    public Addressee Anonymised() => this with { Name = string.Empty, NationalRegisterNumber = null, EnterpriseNumber = null, Address = null };

    private static void AddOrKeep<T>(Result<T> parsed, List<Error> errors, out string? value)
        where T : notnull
    {
        value = parsed.IsSuccess ? parsed.Value.ToString() : null;
        if (parsed.IsFailure)
        {
            errors.Add(parsed.FirstError with { Field = "number" });
        }
    }
}
