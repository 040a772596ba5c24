using Sac.Application.Common.Ports;
using Sac.Domain.Audit;
using Sac.Domain.Common;
using Sac.Domain.Offenders;

namespace Sac.Application.Registries;

/// <summary>What a lookup is bound to (gas-law.md §6): the case or finding it is for, and why.</summary>
public sealed record RegistryBinding(string Reference, RegistryPurpose Purpose);

/// <summary>
/// The one way the application consults a registry: every question asked, and every question refused before it was asked,
/// is written to the registry-access log with who asked, in which role, about what, for which reference and purpose, and
/// the names of the fields that came back. The line is written even when the request is cancelled or the adapter throws.
/// </summary>
internal sealed class RegistryLookups(
    INationalRegister people,
    IVehicleRegistry vehicles,
    IEnterpriseRegister enterprises,
    IRegistryAccessLog log,
    TimeProvider clock)
{
    // The access log's columns (RegistryAccessConfiguration): what a client typed is cut to fit, never refused for its length.
    private const int SubjectLength = 40;
    private const int ReferenceLength = 100;

    public Task<RegistryAnswer<RegisteredPerson>> PersonAsync(
        RegistryCaller caller, NationalRegisterNumber number, RegistryBinding binding, CancellationToken cancellationToken) =>
        AskAsync(caller, RegistryKind.NationalRegister, number.Value, null, binding, ct => people.FindPersonAsync(number.Value, ct), RegistryFields.Of, cancellationToken);

    public Task<RegistryAnswer<VehicleHolder>> VehicleHolderAsync(
        RegistryCaller caller, LicencePlate plate, DateOnly at, RegistryBinding binding, CancellationToken cancellationToken) =>
        AskAsync(caller, RegistryKind.VehicleRegistry, plate.Value, at, binding, ct => vehicles.FindHolderAsync(plate.Value, at, ct), RegistryFields.Of, cancellationToken);

    public Task<RegistryAnswer<RegisteredCompany>> CompanyAsync(
        RegistryCaller caller, EnterpriseNumber number, RegistryBinding binding, CancellationToken cancellationToken) =>
        AskAsync(caller, RegistryKind.EnterpriseRegister, number.Value, null, binding, ct => enterprises.FindCompanyAsync(number.Value, ct), RegistryFields.Of, cancellationToken);

    /// <summary>Logs a lookup refused before any registry was asked, and hands its errors back.</summary>
    public async Task<IReadOnlyList<Error>> RefuseAsync(
        RegistryCaller caller, RegistryKind registry, string? subject, DateOnly? at, string? reference, RegistryPurpose? purpose, IReadOnlyList<Error> errors)
    {
        await AppendAsync(caller, registry, subject, at, reference, purpose, RegistryAccessOutcome.Refused, []);
        return errors;
    }

    private async Task<RegistryAnswer<T>> AskAsync<T>(
        RegistryCaller caller,
        RegistryKind registry,
        string subject,
        DateOnly? at,
        RegistryBinding binding,
        Func<CancellationToken, Task<RegistryAnswer<T>>> ask,
        Func<T, IReadOnlyList<string>> fields,
        CancellationToken cancellationToken)
        where T : class
    {
        RegistryAnswer<T> answer;
        try
        {
            answer = await ask(cancellationToken);
        }
        catch (Exception)
        {
            // The question left for the registry: it is logged, whatever became of the answer.
            await AppendAsync(caller, registry, subject, at, binding.Reference, binding.Purpose, RegistryAccessOutcome.Failed, []);
            throw;
        }

        var (outcome, returned) = answer.Outcome switch
        {
            RegistryOutcome.Found when answer.Value is { } value => (RegistryAccessOutcome.Answered, fields(value)),
            RegistryOutcome.NotFound => (RegistryAccessOutcome.NotFound, []),
            _ => (RegistryAccessOutcome.Failed, (IReadOnlyList<string>)[]),
        };
        await AppendAsync(caller, registry, subject, at, binding.Reference, binding.Purpose, outcome, returned);
        return outcome == RegistryAccessOutcome.Failed && answer.Outcome != RegistryOutcome.Failed
            ? RegistryAnswer<T>.Failed("The registry answered 'found' without a value.")
            : answer;
    }

    private Task AppendAsync(
        RegistryCaller caller, RegistryKind registry, string? subject, DateOnly? at, string? reference, RegistryPurpose? purpose,
        RegistryAccessOutcome outcome, IReadOnlyList<string> fields) =>
        log.AppendAsync(RegistryAccess.Log(
            clock.GetUtcNow(), caller.UserName, caller.Role, registry, Cut(subject, SubjectLength), at, Cut(reference, ReferenceLength), purpose, outcome, fields));

    private static string Cut(string? text, int length)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length <= length ? trimmed : trimmed[..length];
    }
}
