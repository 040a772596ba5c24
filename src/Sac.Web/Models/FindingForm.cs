using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Documents;
using Sac.Application.Findings.RecordFinding;
using Sac.Application.Offenders;
using Sac.Domain.Offenders;

namespace Sac.Web.Models;

/// <summary>The finder's form (Findings/New); property names are the element ids the end-to-end tests use.</summary>
public sealed class FindingForm
{
    /// <summary>
    /// Field paths of the application's errors that do not end in a property of this form.
    /// The finding moment is the facts moment in the browser, so its errors belong to <see cref="FactsAt"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ErrorFields = new Dictionary<string, string>
    {
        ["findingAt"] = nameof(FactsAt),
        ["offender.type"] = nameof(OffenderType),
        ["externalId"] = string.Empty,
    };

    /// <summary>What one request may carry: the most photos at their largest, and the fields.</summary>
    public const long MaximumRequestBytes = ((long)AcceptedFiles.MaximumPhotosPerFinding * AcceptedFiles.MaximumBytes) + (1024 * 1024);

    /// <summary>Generated when the empty form is shown, so a double submit records one case.</summary>
    public string? ExternalId { get; set; }

    public string? Municipality { get; set; }

    public string? InfractionCode { get; set; }

    /// <summary>Local time in Brussels, as a datetime-local input sends it.</summary>
    public DateTime? FactsAt { get; set; }

    public string? Street { get; set; }

    public string? HouseNumber { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>Text, because the browser writes a decimal point whatever the page's language.</summary>
    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public OffenderType OffenderType { get; set; } = OffenderType.Person;

    public string? NationalRegisterNumber { get; set; }

    public string? LastName { get; set; }

    public string? FirstName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Language { get; set; }

    public string? EnterpriseNumber { get; set; }

    public string? CompanyName { get; set; }

    public string? Plate { get; set; }

    public string? Country { get; set; } = "BE";

    public string? Description { get; set; }

    /// <summary>Photos taken with the phone's camera (or chosen); a browser cannot show them again, so a refused form needs them chosen anew.</summary>
    public IList<IFormFile> Photos { get; set; } = [];

    /// <summary>Set by a registry lookup on the page: the offender's address as the register gives it (the form has no fields for it).</summary>
    public string? OffenderStreet { get; set; }

    public string? OffenderHouseNumber { get; set; }

    public string? OffenderPostalCode { get; set; }

    public string? OffenderCity { get; set; }

    public string? OffenderCountry { get; set; }

    /// <summary>Set by a vehicle lookup on the page: the Belgian plate whose holder now fills the person or company fields.</summary>
    public string? HolderPlate { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> MunicipalityOptions { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> InfractionOptions { get; set; } = [];

    /// <summary>Only the fields of the chosen offender type count; the hidden ones may still hold what was typed first.</summary>
    public async Task<RecordFindingCommand> ToCommandAsync(CancellationToken cancellationToken) => new(
        ExternalId,
        Municipality,
        InfractionCode,
        FactsAt is { } local ? BrusselsTime.FromLocal(local) : null,
        FindingAt: null,
        new PlaceInput(Street, HouseNumber, PostalCode, City, Coordinate(Latitude), Coordinate(Longitude)),
        Description,
        OffenderType switch
        {
            OffenderType.Person => new OffenderInput(
                nameof(OffenderType.Person), NationalRegisterNumber, LastName, FirstName, BirthDate, Language, RegisteredAddress(),
                Plate: HolderPlateOrNull, Country: HolderPlateCountry),
            OffenderType.Company => new OffenderInput(
                nameof(OffenderType.Company), Language: Language, Address: RegisteredAddress(), EnterpriseNumber: EnterpriseNumber, CompanyName: CompanyName,
                Plate: HolderPlateOrNull, Country: HolderPlateCountry),
            _ => new OffenderInput(nameof(OffenderType.Vehicle), Plate: Plate, Country: Country?.Trim().ToUpperInvariant()),
        },
        await FormFiles.ReadAsync(Photos, cancellationToken));

    private string? HolderPlateOrNull => string.IsNullOrWhiteSpace(HolderPlate) ? null : HolderPlate.Trim();

    // The vehicle registry the page asks is Belgian.
    private string? HolderPlateCountry => HolderPlateOrNull is null ? null : "BE";

    private AddressInput? RegisteredAddress() =>
        new[] { OffenderStreet, OffenderHouseNumber, OffenderPostalCode, OffenderCity }.All(string.IsNullOrWhiteSpace)
            ? null
            : new AddressInput(OffenderStreet, OffenderHouseNumber, OffenderPostalCode, OffenderCity, OffenderCountry);

    private static double? Coordinate(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
