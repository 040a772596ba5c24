namespace Sac.Application.Registries;

/// <summary>The names (never the values) of the fields a registry answered, as the access log keeps them.</summary>
internal static class RegistryFields
{
    public static IReadOnlyList<string> Of(RegisteredPerson person) => Present(
        ("nationalRegisterNumber", person.NationalRegisterNumber),
        ("lastName", person.LastName),
        ("firstNames", person.FirstNames),
        ("birthDate", person.BirthDate),
        ("sex", person.Sex),
        ("language", person.Language),
        ("mainAddress", person.MainAddress),
        ("deceased", person.Deceased));

    public static IReadOnlyList<string> Of(VehicleHolder holder) => Present(
        ("plate", holder.Plate),
        ("holderFrom", holder.HolderFrom),
        ("holderUntil", holder.HolderUntil),
        ("nationalRegisterNumber", holder.NationalRegisterNumber),
        ("enterpriseNumber", holder.EnterpriseNumber),
        ("name", holder.Name),
        ("firstNames", holder.FirstNames),
        ("birthDate", holder.BirthDate),
        ("language", holder.Language),
        ("address", holder.Address));

    public static IReadOnlyList<string> Of(RegisteredCompany company) => Present(
        ("enterpriseNumber", company.EnterpriseNumber),
        ("name", company.Name),
        ("seat", company.Seat),
        ("active", company.Active),
        ("language", company.Language));

    private static string[] Present(params (string Name, object? Value)[] fields) =>
        [.. fields.Where(f => f.Value is not null and not "").Select(f => f.Name)];
}
