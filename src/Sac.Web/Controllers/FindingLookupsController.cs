using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sac.Application.Common;
using Sac.Application.Registries;
using Sac.Application.Registries.Lookups;
using Sac.Domain.Audit;
using Sac.Domain.Common;
using Sac.Domain.Offenders;
using Sac.Web.Hosting;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>
/// The finder's form looks up a person or the holder of a plate, with the finding's externalId as reference, to identify the
/// offender. These actions serve the page under its cookie and need its antiforgery token (POST, which also keeps the
/// number out of addresses and logs): the JSON API stays bearer-only, so no cookie can drive it from another site. The
/// answer is shaped for the form's fields; a refusal carries a message in the user's language.
/// </summary>
[Authorize(Policy = Roles.Finder)]
[Route("Findings/Lookups")]
public sealed class FindingLookupsController(IMediator mediator, IStringLocalizer<SharedResource> localizer) : Controller
{
    private static readonly string Purpose = nameof(RegistryPurpose.IdentifyOffender);

    [HttpPost("Person")]
    public async Task<IActionResult> Person(string? nationalRegisterNumber, string? reference, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new LookUpPersonQuery(nationalRegisterNumber, reference, Purpose), cancellationToken);
        if (found.IsFailure)
        {
            return Refused(found.Errors);
        }

        var p = found.Value;
        return Json(new OffenderFields(
            nameof(OffenderType.Person), p.NationalRegisterNumber, p.LastName, p.FirstNames, Iso(p.BirthDate), FormLanguage(p.Language),
            null, null, AddressFields.Of(p.MainAddress), null,
            Summary($"{p.FirstNames} {p.LastName}", p.MainAddress),
            p.Deceased ? localizer["Lookup.Deceased"].Value : null));
    }

    /// <param name="at">The date of the facts (YYYY-MM-DD): plates belong to holders, and holders change.</param>
    [HttpPost("Vehicle")]
    public async Task<IActionResult> Vehicle(string? plate, string? at, string? reference, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new LookUpVehicleHolderQuery(plate, at, reference, Purpose), cancellationToken);
        if (found.IsFailure)
        {
            return Refused(found.Errors);
        }

        var h = found.Value;
        var name = h.FirstNames is null ? h.Name : $"{h.FirstNames} {h.Name}";
        var holderOn = localizer["Lookup.HolderOn", Formats.Plate(h.Plate, "BE"), Formats.Date(DateOnly.ParseExact(at!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture))];
        return Json(h.EnterpriseNumber is not null
            ? new OffenderFields(
                nameof(OffenderType.Company), null, null, null, null, FormLanguage(h.Language), h.EnterpriseNumber, h.Name,
                AddressFields.Of(h.Address), h.Plate, $"{holderOn.Value} {Summary(name, h.Address)}", null)
            : new OffenderFields(
                nameof(OffenderType.Person), h.NationalRegisterNumber, h.Name, h.FirstNames, Iso(h.BirthDate), FormLanguage(h.Language), null, null,
                AddressFields.Of(h.Address), h.Plate, $"{holderOn.Value} {Summary(name, h.Address)}", null));
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The form offers Dutch and French; another language stays "unknown" there.</summary>
    private static string? FormLanguage(string? language) => language is "nl" or "fr" ? language : null;

    private static string Summary(string name, Address address) =>
        $"{name}, {address.Street} {address.HouseNumber}, {address.PostalCode} {address.City}".Trim();

    /// <summary>400 for what the finder typed (the messages of every field), 404 not in the registry, 503 the registry did not answer.</summary>
    private JsonResult Refused(IReadOnlyList<Error> errors)
    {
        var status = RegistryErrors.IsUnavailable(errors) ? StatusCodes.Status503ServiceUnavailable
            : errors.Any(e => e.Kind == ErrorKind.NotFound) ? StatusCodes.Status404NotFound
            : errors.Any(e => e.Kind == ErrorKind.Forbidden) ? StatusCodes.Status403Forbidden
            : StatusCodes.Status400BadRequest;
        var message = string.Join(" ", errors.Select(e => localizer.Localize(e)).Distinct());
        return new JsonResult(new { message, codes = errors.Select(e => e.Code).Distinct().ToArray() }) { StatusCode = status };
    }

    private sealed record AddressFields(string? Street, string? HouseNumber, string? PostalCode, string? City, string? Country)
    {
        public static AddressFields Of(Address address) => new(address.Street, address.HouseNumber, address.PostalCode, address.City, address.Country);
    }

    /// <summary>The finder's form fields a lookup fills; <see cref="HolderPlate"/> is set when the holder of a plate was asked.</summary>
    private sealed record OffenderFields(
        string OffenderType,
        string? NationalRegisterNumber,
        string? LastName,
        string? FirstName,
        string? BirthDate,
        string? Language,
        string? EnterpriseNumber,
        string? CompanyName,
        AddressFields Address,
        string? HolderPlate,
        string Summary,
        string? Warning);
}
