using Sac.Domain.Offenders;

namespace Sac.Application.Registries;

/// <summary>The offender a registry's answer names: our own types, built the one way the domain allows.</summary>
internal static class IdentifiedOffender
{
    private static readonly string[] Languages = ["nl", "fr", "de"];

    public static Offender? FromPerson(RegisteredPerson person)
    {
        var number = NationalRegisterNumber.Create(person.NationalRegisterNumber);
        return number.IsFailure
            ? null
            : Offender.Person(number.Value, person.LastName, person.FirstNames, person.BirthDate, Language(person.Language), person.MainAddress);
    }

    /// <summary>A person holder by national register number, a company holder by enterprise number; null when the registry gave neither.</summary>
    public static Offender? FromHolder(VehicleHolder holder)
    {
        if (holder.NationalRegisterNumber is not null)
        {
            var number = NationalRegisterNumber.Create(holder.NationalRegisterNumber);
            return number.IsFailure
                ? null
                : Offender.Person(number.Value, holder.Name, holder.FirstNames, holder.BirthDate, Language(holder.Language), holder.Address);
        }

        var enterprise = EnterpriseNumber.Create(holder.EnterpriseNumber);
        return enterprise.IsFailure ? null : Offender.Company(enterprise.Value, holder.Name, Language(holder.Language), holder.Address);
    }

    /// <summary>The languages letters can be written in; any other the registry gives counts as unknown.</summary>
    private static string? Language(string? language) =>
        language?.Trim().ToLowerInvariant() is { } code && Languages.Contains(code) ? code : null;
}
