using Mediator;
using Sac.Domain.Common;

namespace Sac.Application.Municipalities.ChangeSettings;

/// <summary>A municipal administrator records the council's legal choices (api-v1.md, PUT …/settings).</summary>
/// <param name="RetentionYears">Null keeps the current retention period: leaving it out must never shorten it.</param>
public sealed record ChangeSettingsCommand(
    string Nis, int? MinorsMinimumAge, DateOnly? Caps2024AdoptedOn, bool? AdultMediationOffered, int? PaymentTermDays, int? RetentionYears = null)
    : ICommand<Result>;
