namespace Sac.Domain.Documents;

/// <summary>What a document of a case is: one of the letters of the procedure (gas-law.md §3.3, §5), a file the offender sent, or a photo the finder took.</summary>
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

    /// <summary>A photo the finder took of the facts and sent with the finding (issue 6: evidence kept with its SHA-256).</summary>
    EvidencePhoto,
}

public static class DocumentKinds
{
    /// <summary>The files that came in: sent by the offender or taken by the finder. They are kept, never posted.</summary>
    public static readonly IReadOnlyList<DocumentKind> Received = [DocumentKind.DefenceAttachment, DocumentKind.EvidencePhoto];

    /// <summary>Letters Sac writes and the post tray sends; the <see cref="Received"/> kinds came in.</summary>
    public static bool IsLetter(this DocumentKind kind) => !Received.Contains(kind);
}
