namespace Sac.Web.Api;

/// <summary>Body of PUT /api/v1/municipalities/{nis}/settings; without <c>retentionYears</c> the retention period stays as it is.</summary>
internal sealed record SettingsRequest(int? MinorsMinimumAge, DateOnly? Caps2024AdoptedOn, bool? AdultMediationOffered, int? PaymentTermDays, int? RetentionYears = null);
