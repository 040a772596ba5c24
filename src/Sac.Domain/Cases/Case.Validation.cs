using Sac.Domain.Common;
using Sac.Domain.Devices;

namespace Sac.Domain.Cases;

/// <summary>
/// Findings of automatic devices (gas-law.md §7): the device and its certification stay with the case as evidence, and a
/// sanctioning official validates the finding before the procedure may start (no notice, no notice letter before).
/// </summary>
public sealed partial class Case
{
    /// <summary>The device that recorded the finding, with its certification on the facts date; null for a finder's finding.</summary>
    public DeviceEvidence? Device { get; private set; }

    public FindingValidation? Validation { get; private set; }

    /// <summary>A device's finding no official has validated yet.</summary>
    public bool AwaitsValidation => Device is not null && Validation is null;

    /// <summary>Why the procedure may not start yet, or null.</summary>
    public Error? ValidationRefusal => AwaitsValidation ? CaseErrors.FindingNotValidated : null;

    public Result ValidateFinding(DateTimeOffset now, string by)
    {
        if (Device is null)
        {
            return CaseErrors.NotADeviceFinding;
        }

        if (Validation is not null)
        {
            return CaseErrors.AlreadyDone;
        }

        if (!CaseTransitions.BeforeDecision.Contains(Status))
        {
            return CaseErrors.StepNotAllowed(Status);
        }

        return Record(new CaseEvent(now, CaseEvent.FindingValidated, by, Device.Identifier), () => Validation = new FindingValidation(now, by));
    }
}
