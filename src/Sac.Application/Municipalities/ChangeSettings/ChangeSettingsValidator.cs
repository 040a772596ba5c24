using FluentValidation;

namespace Sac.Application.Municipalities.ChangeSettings;

internal sealed class ChangeSettingsValidator : AbstractValidator<ChangeSettingsCommand>
{
    public ChangeSettingsValidator()
    {
        RuleFor(c => c.AdultMediationOffered).NotNull();
        RuleFor(c => c.PaymentTermDays).NotNull();
    }
}
