namespace Sac.Domain.Audit;

/// <summary>Which registry was consulted.</summary>
public enum RegistryKind
{
    NationalRegister,
    VehicleRegistry,
    EnterpriseRegister,
}

/// <summary>Why a registry may be consulted (gas-law.md §6 purpose limitation): to identify the offender, or to notify them.</summary>
public enum RegistryPurpose
{
    IdentifyOffender,
    NotifyOffender,
}

/// <summary>How a lookup ended.</summary>
public enum RegistryAccessOutcome
{
    Answered,
    NotFound,
    Refused,
    Failed,
}

/// <summary>
/// One consultation of a registry, answered or not, as the National Register requires it to be logged: who (and in which
/// role), when, which number or plate, for which case or finding (reference) and why (purpose), what came back (field names
/// only, never the values). Append-only: the application never changes or deletes a line.
/// </summary>
public sealed class RegistryAccess
{
    private RegistryAccess()
    {
        UserName = Role = Subject = Reference = FieldsReturned = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserName { get; private set; }

    public string Role { get; private set; }

    public RegistryKind Registry { get; private set; }

    /// <summary>The national register number, plate or enterprise number asked about.</summary>
    public string Subject { get; private set; }

    /// <summary>For a vehicle: the date the holder was asked for.</summary>
    public DateOnly? AtDate { get; private set; }

    /// <summary>A case id, or the externalId of the finding being recorded; empty when the lookup was refused for lacking it.</summary>
    public string Reference { get; private set; }

    public RegistryPurpose? Purpose { get; private set; }

    public RegistryAccessOutcome Outcome { get; private set; }

    /// <summary>The names of the fields that came back, comma-separated (e.g. "lastName,firstNames,birthDate,mainAddress").</summary>
    public string FieldsReturned { get; private set; }

    public static RegistryAccess Log(
        DateTimeOffset at, string userName, string role, RegistryKind registry, string subject, DateOnly? atDate, string? reference,
        RegistryPurpose? purpose, RegistryAccessOutcome outcome, IEnumerable<string> fieldsReturned) => new()
    {
        At = at,
        UserName = userName,
        Role = role,
        Registry = registry,
        Subject = subject,
        AtDate = atDate,
        Reference = reference ?? string.Empty,
        Purpose = purpose,
        Outcome = outcome,
        FieldsReturned = string.Join(',', fieldsReturned),
    };
}
