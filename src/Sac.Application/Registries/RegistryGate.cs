using Sac.Application.Common;
using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Domain.Common;

namespace Sac.Application.Registries;

/// <summary>A lookup's reference and purpose as read, and why they do not bind it (no errors: <see cref="Binding"/> is set).</summary>
internal sealed record BindingCheck(string? Reference, RegistryPurpose? Purpose, IReadOnlyList<Error> Errors)
{
    public RegistryBinding? Binding => Errors.Count == 0 ? new RegistryBinding(Reference!, Purpose!.Value) : null;
}

/// <summary>
/// Purpose binding for the signed-in user (gas-law.md §6, api-v1.md): a lookup names a reference and a purpose. The reference
/// is a case of one of the user's municipalities (its id, or the externalId of its finding); a finder may also name the
/// externalId of the finding they are recording, which no case has yet. Finders look up only to identify the offender.
/// </summary>
internal sealed class RegistryGate(ICurrentUser user, ICaseRepository cases)
{
    // The longest externalId a finding may have: a longer reference cannot name one.
    private const int MaximumReferenceLength = 100;

    public RegistryCaller Caller => RegistryCaller.Of(user);

    public async Task<BindingCheck> CheckAsync(string? reference, string? purpose, CancellationToken cancellationToken)
    {
        // Any signed-in user reaches the check, so a consultation by a role that may not consult is refused here and
        // logged (api-v1.md: every call, answered or refused); that refusal is the answer, whatever else is wrong.
        var errors = new List<Error>();
        var parsed = ParsePurpose(purpose, errors);
        var trimmed = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (!Caller.MayConsult)
        {
            return new BindingCheck(trimmed, parsed, [RegistryErrors.RoleRequired]);
        }

        if (parsed is { } given && given != RegistryPurpose.IdentifyOffender && !user.IsInRole(Roles.SanctioningOfficial))
        {
            errors.Add(RegistryErrors.PurposeNotAllowed);
        }

        if (trimmed is null)
        {
            errors.Add(RegistryErrors.ReferenceRequired);
        }
        else if (!await MayActOnAsync(trimmed, cancellationToken))
        {
            errors.Add(RegistryErrors.ReferenceUnknown);
        }

        return new BindingCheck(trimmed, parsed, errors);
    }

    /// <summary>By name only (a number or a list of names is not a purpose), whatever the case of its letters.</summary>
    private static RegistryPurpose? ParsePurpose(string? purpose, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(purpose))
        {
            errors.Add(RegistryErrors.PurposeRequired);
            return null;
        }

        var name = Enum.GetNames<RegistryPurpose>().FirstOrDefault(n => string.Equals(n, purpose.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add(RegistryErrors.PurposeUnknown);
            return null;
        }

        return Enum.Parse<RegistryPurpose>(name);
    }

    private async Task<bool> MayActOnAsync(string reference, CancellationToken cancellationToken)
    {
        if (reference.Length > MaximumReferenceLength)
        {
            return false;
        }

        var found = Guid.TryParse(reference, out var caseId) ? await cases.GetAsync(caseId, cancellationToken) : null;
        found ??= await cases.FindByExternalIdAsync(reference, cancellationToken);
        return found is not null ? user.BelongsTo(found.MunicipalityNis) : user.IsInRole(Roles.Finder);
    }
}
