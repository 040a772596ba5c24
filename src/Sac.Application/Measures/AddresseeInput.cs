using FluentValidation;
using Sac.Application.Common;
using Sac.Domain.Common;
using Sac.Domain.Measures;
using Sac.Domain.Offenders;

namespace Sac.Application.Measures;

/// <summary>The holder of a college sanction or the person of a place ban, as typed or sent.</summary>
public sealed record AddresseeInput(
    AddresseeKind? Kind, string? Name, string? Number, string? Street, string? HouseNumber, string? PostalCode, string? City, string? Country, string? Language)
{
    /// <summary>The addressee, its errors keyed under <paramref name="field"/> ("holder.number").</summary>
    public Result<Addressee> ToAddressee(string field)
    {
        var address = new[] { Street, HouseNumber, PostalCode, City }.All(string.IsNullOrWhiteSpace)
            ? null
            : new Address(Street?.Trim(), HouseNumber?.Trim(), PostalCode?.Trim(), City?.Trim(), string.IsNullOrWhiteSpace(Country) ? "BE" : Country.Trim().ToUpperInvariant());
        var created = Addressee.Create(Kind ?? AddresseeKind.Person, Name, Number, address, Language);
        return created.IsSuccess
            ? created
            : Result<Addressee>.Failure([.. created.Errors.Select(e => e.AtField(field + "." + e.Field))]);
    }
}

internal sealed class AddresseeInputValidator : AbstractValidator<AddresseeInput>
{
    public AddresseeInputValidator()
    {
        RuleFor(a => a.Name).MaximumLength(200).WithoutControlCharacters();
        RuleFor(a => a.Number).MaximumLength(20).WithoutControlCharacters();
        RuleFor(a => a.Street).MaximumLength(200).WithoutControlCharacters();
        RuleFor(a => a.HouseNumber).MaximumLength(20).WithoutControlCharacters();
        RuleFor(a => a.PostalCode).MaximumLength(20).WithoutControlCharacters();
        RuleFor(a => a.City).MaximumLength(100).WithoutControlCharacters();
        RuleFor(a => a.Country).MaximumLength(2).WithoutControlCharacters();
    }
}
