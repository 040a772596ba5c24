namespace Sac.Domain.Documents;

/// <summary>What a document of a case is: one of the letters of the procedure (gas-law.md §3.3, §5), or a file the offender sent.</summary>
public enum DocumentKind
{
    /// <summary>Notice of proceedings (T5): the facts, the right to a written defence and to a hearing.</summary>
    Notice,

    /// <summary>Parental involvement (§3.3): the parents of a minor are told of the facts and invited.</summary>
    ParentsInformation,

    /// <summary>The offer of local mediation (§3.5).</summary>
    MediationOffer,

    /// <summary>The decision with its reasons and the appeal (T11–T12).</summary>
    Decision,

    /// <summary>The invitation to pay a final fine, with the structured communication (T15).</summary>
    PaymentInvitation,

    /// <summary>The reminder with a new term, before forced collection (T15–T16).</summary>
    PaymentReminder,

    /// <summary>A file sent with a written defence.</summary>
    DefenceAttachment,
}

public static class DocumentKinds
{
    /// <summary>Letters Sac writes and the post tray sends; everything else came in.</summary>
    public static bool IsLetter(this DocumentKind kind) => kind is not DocumentKind.DefenceAttachment;
}
