using Sac.Application.Cases.Procedure;

namespace Sac.Application.Cases.Identify;

/// <summary>
/// An official identifies or re-identifies the offender of a case, before the decision: by national register number (the
/// National Register gives name, birth date, language and address), or, for a vehicle finding, as the holder of its plate
/// on the date of the facts. The registry is asked with the case as reference, to identify the offender, and logged.
/// </summary>
public sealed record IdentifyOffenderCommand(Guid CaseId, string? NationalRegisterNumber, bool FromVehicleHolder, int? ExpectedVersion)
    : ICaseStepCommand;
