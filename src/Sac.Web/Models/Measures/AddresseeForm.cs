using Sac.Application.Measures;
using Sac.Domain.Measures;

namespace Sac.Web.Models.Measures;

/// <summary>The holder of a college sanction or the person of a place ban, as typed.</summary>
public sealed class AddresseeForm
{
    public AddresseeKind Kind { get; set; }

    public string? Name { get; set; }

    /// <summary>National register number of a person, enterprise number of a company; optional.</summary>
    public string? Number { get; set; }

    public string? Street { get; set; }

    public string? HouseNumber { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string Language { get; set; } = Formats.Language;

    public AddresseeInput ToInput() => new(Kind, Name, Number, Street, HouseNumber, PostalCode, City, null, Language);
}
