using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Decisions;
using Sac.Domain.Municipalities;

namespace Sac.Application.Cases.Procedure;

/// <summary>A case with what its steps depend on: its municipality, the regulation version of its facts, its assessment on a day.</summary>
public sealed record CaseContext(Case Case, Municipality Municipality, Infraction Infraction, CaseAssessment Assessment)
{
    /// <summary>Letters and reasons go out in the offender's language, else in the municipality's.</summary>
    public string Language => Case.Offender.Language is "fr" or "nl" ? Case.Offender.Language : Municipality.Letterhead?.DefaultLanguage ?? "nl";

    /// <summary>Alternative measures are part of the sanction procedure: offered only where a sanction is possible today.</summary>
    public Error? NotSanctionable => Assessment.Sanctionable ? null : DecisionErrors.NotSanctionable(Assessment.Reasons) with { Field = null };
}
