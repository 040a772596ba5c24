using Sac.Domain.Common;

namespace Sac.Domain.CollegeSanctions;

public static class CollegeSanctionErrors
{
    public static readonly Error InfractionsRequired =
        new("INFRACTIONS_REQUIRED", "Name at least one infraction of the regulation.", Field: "infractionCodes");

    public static Error TrafficInfraction(string code) =>
        new("COLLEGE_SANCTION_TRAFFIC_EXCLUDED", $"{code} is a parking or traffic infraction: only a fine is possible.", ErrorKind.BusinessRule, "infractionCodes");

    public static readonly Error SubjectRequired =
        new("REQUIRED", "Name the permit or the establishment concerned.", Field: "subject");

    public static readonly Error WarningRequired =
        new("COLLEGE_WARNING_REQUIRED", "The college decides only after a prior warning with an extract of the regulation.", ErrorKind.BusinessRule, "decidedOn");

    public static readonly Error DecisionBeforeWarning =
        new("COLLEGE_DECISION_BEFORE_WARNING", "The decision cannot come before the warning.", ErrorKind.BusinessRule, "decidedOn");

    public static readonly Error EndRequired =
        new("COLLEGE_SANCTION_END_REQUIRED", "A suspension or a temporary closure needs its last day.", Field: "endsOn");

    public static readonly Error EndNotAllowed =
        new("COLLEGE_SANCTION_END_NOT_ALLOWED", "A withdrawal or a definitive closure has no last day.", Field: "endsOn");

    public static readonly Error ReasonsRequired = new("REQUIRED", "The decision states its reasons.", Field: "reasons");

    public static readonly Error NotDecided =
        new("COLLEGE_SANCTION_NOT_DECIDED", "Only a decision can be notified.", ErrorKind.BusinessRule, "sentOn");

    public static readonly Error NotificationBeforeDecision =
        new("COLLEGE_NOTIFICATION_BEFORE_DECISION", "The notification cannot come before the decision.", ErrorKind.BusinessRule, "sentOn");
}
