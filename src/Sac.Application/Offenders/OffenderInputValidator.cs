using FluentValidation;
using Sac.Application.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Offenders;

/// <summary>Checks an offender's shape and identifiers; what makes an offender sanctionable is the assessment's business.</summary>
internal sealed class OffenderInputValidator : AbstractValidator<OffenderInput>
{
    private static readonly string[] Languages = ["nl", "fr", "de"];

    public OffenderInputValidator()
    {
        // By name only: Enum.TryParse would also take "1" (a 500 further on) or "0".
        RuleFor(o => o.Type).NotEmpty().Must(t => Enum.GetNames<OffenderType>().Contains(t, StringComparer.Ordinal))
            .WithErrorCode("OFFENDER_TYPE").WithMessage("Person, Company or Vehicle.");
        RuleFor(o => o.Language).Must(l => l is null || Languages.Contains(l)).WithErrorCode("LANGUAGE").WithMessage("nl, fr or de.");
        RuleFor(o => o.LastName).MaximumLength(200).WithoutControlCharacters();
        RuleFor(o => o.FirstName).MaximumLength(200).WithoutControlCharacters();
        RuleFor(o => o.CompanyName).MaximumLength(200).WithoutControlCharacters();

        When(o => o.Type == nameof(OffenderType.Person), () =>
        {
            RuleFor(o => o.NationalRegisterNumber)
                .Must(n => n is null || NationalRegisterNumber.Create(n).IsSuccess)
                .WithErrorCode("NRN_INVALID").WithMessage("This is not a valid national register number.");
            RuleFor(o => o.LastName).NotEmpty().When(o => o.NationalRegisterNumber is null);
            RuleFor(o => o.FirstName).NotEmpty().When(o => o.NationalRegisterNumber is null);
            RuleFor(o => o.BirthDate).NotEmpty().When(o => o.NationalRegisterNumber is null);
            RuleFor(o => o.BirthDate)
                .Must((o, birthDate) => BirthDateAgreesWithNumber(o.NationalRegisterNumber, birthDate!.Value))
                .When(o => o.BirthDate is not null && o.NationalRegisterNumber is not null)
                .WithErrorCode("BIRTH_DATE_MISMATCH").WithMessage("The birth date does not agree with the national register number.");
        });
        When(o => o.Type == nameof(OffenderType.Company), () =>
            RuleFor(o => o.EnterpriseNumber).NotEmpty()
                .Must(n => EnterpriseNumber.Create(n).IsSuccess)
                .WithErrorCode("KBO_INVALID").WithMessage("This is not a valid enterprise number."));
        // A person or company may come with the plate of the vehicle whose holder they are.
        When(o => o.Type == nameof(OffenderType.Vehicle) || o.Plate is not null, () =>
        {
            RuleFor(o => o.Country).Cascade(CascadeMode.Stop).NotEmpty().Must(IsCountryCode).WithErrorCode("COUNTRY_INVALID").WithMessage("A two-letter country code (ISO 3166).");
            RuleFor(o => o.Plate).NotEmpty()
                .Must((o, plate) => LicencePlate.Create(plate, o.Country).IsSuccess)
                .When(o => IsCountryCode(o.Country))
                .WithErrorCode("PLATE_INVALID").WithMessage("This is not a valid licence plate for that country.");
        });
    }

    private static bool IsCountryCode(string? country) => country is { Length: 2 } && country.All(char.IsAsciiLetter);

    private static bool BirthDateAgreesWithNumber(string? number, DateOnly birthDate)
    {
        var parsed = NationalRegisterNumber.Create(number);
        if (parsed.IsFailure)
        {
            return true; // the number's own rule reports it
        }

        var nrn = parsed.Value;
        return nrn.BirthYear == birthDate.Year
            && (nrn.BirthMonth is null || nrn.BirthMonth == birthDate.Month)
            && (nrn.BirthDay is null || nrn.BirthDay == birthDate.Day);
    }
}
