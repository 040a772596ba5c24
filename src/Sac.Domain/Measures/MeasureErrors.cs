using Sac.Domain.Common;

namespace Sac.Domain.Measures;

/// <summary>The errors shared by the college's sanctions and the mayor's place bans.</summary>
public static class MeasureErrors
{
    public static readonly Error NameRequired = new("REQUIRED", "A name is required.", Field: "name");

    public static readonly Error LanguageInvalid =
        new("LANGUAGE_INVALID", "Letters are written in Dutch (nl) or French (fr).", Field: "language");

    public static readonly Error StartBeforeDecision =
        new("MEASURE_START_BEFORE_DECISION", "A measure cannot start before it is decided.", Field: "startsOn");

    public static readonly Error EndNotAfterStart =
        new("MEASURE_END_NOT_AFTER_START", "The last day must come after the first.", Field: "endsOn");

    /// <summary>Its addressee is erased: a letter would go to nobody, and the register keeps only what and when.</summary>
    public static readonly Error Anonymised =
        new("MEASURE_ANONYMISED", "The measure's retention has ended and its personal data is erased: no step can be added.", ErrorKind.BusinessRule);

    public static Error AlreadyDone(string field) =>
        new("ALREADY_DONE", "This step was already recorded.", ErrorKind.BusinessRule, field);
}
