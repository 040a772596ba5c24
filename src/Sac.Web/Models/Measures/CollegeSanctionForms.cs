using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sac.Application.CollegeSanctions;
using Sac.Application.Municipalities.GetMunicipality;
using Sac.Domain.CollegeSanctions;

namespace Sac.Web.Models.Measures;

/// <summary>A new college sanction (CollegeSanctions/{nis}/New).</summary>
public sealed class CollegeSanctionForm
{
    public AddresseeForm Holder { get; set; } = new();

    public string? Subject { get; set; }

    public List<string> InfractionCodes { get; set; } = [];

    /// <summary>The number of the GAS case it arose from, as the official knows it (e.g. 44021-2025-000123).</summary>
    public string? CaseNumber { get; set; }

    /// <summary>The regulation's infractions a college sanction may punish: no parking or traffic ones.</summary>
    [BindNever]
    public IReadOnlyList<InfractionDetails> Infractions { get; set; } = [];

    public RecordCollegeSanctionCommand ToCommand(string nis) => new(nis, Holder.ToInput(), Subject, InfractionCodes, CaseId: null, CaseNumber);
}

/// <summary>The warning or the notification: the day the letter was sent.</summary>
public sealed class SentLetterForm
{
    public DateOnly? SentOn { get; set; }

    public int? Version { get; set; }
}

public sealed class CollegeDecisionForm
{
    public DateOnly? DecidedOn { get; set; }

    public CollegeSanctionKind? Kind { get; set; }

    public DateOnly? StartsOn { get; set; }

    /// <summary>For a suspension or temporary closure only.</summary>
    public DateOnly? EndsOn { get; set; }

    public string? Reasons { get; set; }

    public int? Version { get; set; }
}

/// <summary>A college sanction with the forms of its next steps, for those who keep the register.</summary>
public sealed record CollegeSanctionPage(CollegeSanctionDetails Sanction, bool MayAct, SentLetterForm Warning, CollegeDecisionForm Decision, SentLetterForm Notification)
{
    public static CollegeSanctionPage Fresh(CollegeSanctionDetails sanction, bool mayAct, DateOnly today) => new(
        sanction,
        mayAct,
        new SentLetterForm { SentOn = today, Version = sanction.Version },
        new CollegeDecisionForm { DecidedOn = today, StartsOn = today, Version = sanction.Version },
        new SentLetterForm { SentOn = today, Version = sanction.Version });
}
