using FluentValidation;
using Sac.Application.Common;
using Sac.Application.Documents;
using Sac.Application.Offenders;

namespace Sac.Application.Findings.RecordFinding;

internal sealed class RecordFindingValidator : AbstractValidator<RecordFindingCommand>
{
    public RecordFindingValidator()
    {
        RuleFor(c => c.ExternalId).NotEmpty().MaximumLength(100).WithoutControlCharacters();
        RuleFor(c => c.Municipality).NotEmpty().Matches("^[0-9]{5}$").WithErrorCode("NIS_FORMAT");
        RuleFor(c => c.InfractionCode).NotEmpty().MaximumLength(50).WithoutControlCharacters();
        RuleFor(c => c.FactsAt).NotNull();
        RuleFor(c => c.Description).MaximumLength(4000).WithoutControlCharacters(allowLineBreaks: true);
        RuleFor(c => c.Place).NotNull().SetValidator(new PlaceInputValidator()!);
        RuleFor(c => c.Offender).NotNull().SetValidator(new OffenderInputValidator()!);
        RuleFor(c => c.Photos).Must(photos => photos is null || photos.Count <= AcceptedFiles.MaximumPhotosPerFinding)
            .WithErrorCode("TOO_MANY_FILES").WithMessage($"At most {AcceptedFiles.MaximumPhotosPerFinding} photos.");
        RuleFor(c => c.Device!.Id).NotEmpty().MaximumLength(Devices.DeviceLimits.IdentifierLength).WithoutControlCharacters()
            .OverridePropertyName("device.id").When(c => c.Device is not null);
        RuleForEach(c => c.Photos).NotNull().SetValidator(UploadedFileRules.Accepting(AcceptedFiles.EvidencePhotoTypes));
    }

    private sealed class PlaceInputValidator : AbstractValidator<PlaceInput>
    {
        public PlaceInputValidator()
        {
            RuleFor(p => p.Street).MaximumLength(200).WithoutControlCharacters();
            RuleFor(p => p.HouseNumber).MaximumLength(20).WithoutControlCharacters();
            RuleFor(p => p.PostalCode).Matches("^[1-9][0-9]{3}$").When(p => !string.IsNullOrEmpty(p.PostalCode)).WithErrorCode("POSTAL_CODE_FORMAT");
            RuleFor(p => p.City).MaximumLength(100).WithoutControlCharacters();
            RuleFor(p => p.Latitude).InclusiveBetween(-90, 90);
            RuleFor(p => p.Longitude).InclusiveBetween(-180, 180);
            RuleFor(p => p.Longitude).NotNull().When(p => p.Latitude is not null);
            RuleFor(p => p.Latitude).NotNull().When(p => p.Longitude is not null);
            RuleFor(p => p).Must(p => !string.IsNullOrWhiteSpace(p.Street) || p.Latitude is not null)
                .WithName("street").OverridePropertyName("street").WithErrorCode("PLACE_REQUIRED").WithMessage("A street or a position is required.");
        }
    }
}
