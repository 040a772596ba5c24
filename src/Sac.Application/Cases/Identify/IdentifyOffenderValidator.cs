using FluentValidation;

namespace Sac.Application.Cases.Identify;

internal sealed class IdentifyOffenderValidator : AbstractValidator<IdentifyOffenderCommand>
{
    public IdentifyOffenderValidator() =>
        RuleFor(c => c)
            .Must(c => string.IsNullOrWhiteSpace(c.NationalRegisterNumber) == c.FromVehicleHolder)
            .OverridePropertyName("nationalRegisterNumber")
            .WithErrorCode("IDENTIFICATION_SOURCE")
            .WithMessage("Give a national register number, or ask for the holder of the vehicle: one of the two.");
}
