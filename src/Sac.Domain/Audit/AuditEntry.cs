namespace Sac.Domain.Audit;

/// <summary>What an audit entry is about.</summary>
public enum AuditSubject
{
    Case,
    Municipality,
    Infraction,
    ReasoningBlock,
    Device,

    /// <summary>An imported bank statement or one of its lines: the subject id is the statement's or the line's id.</summary>
    BankStatement,

    /// <summary>A suspension, withdrawal or closure decided by the college: the subject id is the sanction's id.</summary>
    CollegeSanction,

    /// <summary>A mayor's temporary place ban: the subject id is the ban's id.</summary>
    PlaceBan,

    /// <summary>A user's sign-in, sign-out, API token, invitation, access or deactivation: the subject id is the user name.</summary>
    User,
}

/// <summary>
/// The stable action codes of the audit trail. A step of a case is recorded under the type of the timeline line it
/// added (<c>NoticeSent</c>, <c>Decided</c>, … the constants of <c>CaseEvent</c>), so the audit trail and the case's
/// timeline name a step alike; every other change has one of the codes below.
/// </summary>
public static class AuditAction
{
    /// <summary>A finding opened the case.</summary>
    public const string CaseCreated = nameof(CaseCreated);

    /// <summary>A case changed without a step of the procedure (no timeline line); only the names of the changed fields are kept.</summary>
    public const string CaseChanged = nameof(CaseChanged);

    public const string MunicipalityCreated = nameof(MunicipalityCreated);
    public const string SettingsChanged = nameof(SettingsChanged);
    public const string LetterheadChanged = nameof(LetterheadChanged);

    /// <summary>A new version of an infraction of the police regulation.</summary>
    public const string InfractionDefined = nameof(InfractionDefined);

    /// <summary>A version of an infraction got its last day, because a newer version starts.</summary>
    public const string InfractionEnded = nameof(InfractionEnded);

    /// <summary>A version replaced by a correction starting the same day.</summary>
    public const string InfractionRemoved = nameof(InfractionRemoved);

    public const string ReasoningBlockCreated = nameof(ReasoningBlockCreated);
    public const string ReasoningBlockChanged = nameof(ReasoningBlockChanged);
    public const string ReasoningBlockRetired = nameof(ReasoningBlockRetired);
    public const string DeviceRegistered = nameof(DeviceRegistered);
    public const string DeviceChanged = nameof(DeviceChanged);
    public const string DeviceCertified = nameof(DeviceCertified);
    public const string SignedIn = nameof(SignedIn);
    public const string SignInFailed = nameof(SignInFailed);
    public const string SignedOut = nameof(SignedOut);
    public const string ApiTokenCreated = nameof(ApiTokenCreated);
    public const string ApiTokenRevoked = nameof(ApiTokenRevoked);

    /// <summary>An administrator created a user without a password, with their roles and municipalities.</summary>
    public const string UserInvited = nameof(UserInvited);

    /// <summary>The invitee chose their password with the invitation link.</summary>
    public const string InvitationAccepted = nameof(InvitationAccepted);

    /// <summary>A user's roles or municipalities changed, before and after.</summary>
    public const string UserAccessChanged = nameof(UserAccessChanged);

    public const string UserDeactivated = nameof(UserDeactivated);
    public const string UserReactivated = nameof(UserReactivated);

    /// <summary>A bank statement imported and matched (the payments it made are steps of their cases).</summary>
    public const string BankStatementImported = nameof(BankStatementImported);

    /// <summary>The official put an unmatched line of a statement on a case.</summary>
    public const string BankEntryAssigned = nameof(BankEntryAssigned);

    /// <summary>The official set an unmatched line aside as not a GAS payment, with a note.</summary>
    public const string BankEntrySetAside = nameof(BankEntrySetAside);
    public const string CollegeSanctionRecorded = nameof(CollegeSanctionRecorded);
    public const string CollegeWarningSent = nameof(CollegeWarningSent);
    public const string CollegeSanctionDecided = nameof(CollegeSanctionDecided);
    public const string CollegeDecisionNotified = nameof(CollegeDecisionNotified);
    public const string PlaceBanRecorded = nameof(PlaceBanRecorded);

    /// <summary>The first period of a place ban, or a renewal.</summary>
    public const string PlaceBanPeriodImposed = nameof(PlaceBanPeriodImposed);

    /// <summary>The retention job erased the personal data of a college sanction or place ban and deleted its letters.</summary>
    public const string MeasureAnonymised = nameof(MeasureAnonymised);

    /// <summary>The DPO's report of all data about one national register number: itself a sensitive lookup.</summary>
    public const string DataSubjectReportDrawn = nameof(DataSubjectReportDrawn);

    /// <summary>Every code above (the steps of cases come on top, as timeline types).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CaseCreated, CaseChanged, MunicipalityCreated, SettingsChanged, LetterheadChanged, InfractionDefined, InfractionEnded,
        InfractionRemoved, ReasoningBlockCreated, ReasoningBlockChanged, ReasoningBlockRetired, SignedIn, SignInFailed, SignedOut,
        ApiTokenCreated, ApiTokenRevoked, UserInvited, InvitationAccepted, UserAccessChanged, UserDeactivated, UserReactivated,
        CollegeSanctionRecorded, CollegeWarningSent, CollegeSanctionDecided, CollegeDecisionNotified, PlaceBanRecorded, PlaceBanPeriodImposed,
        MeasureAnonymised, DataSubjectReportDrawn, BankStatementImported, BankEntryAssigned, BankEntrySetAside,
    ];
}

/// <summary>Who did something: a user with the roles they had, or Sac itself (deadline jobs, start-up seeding).</summary>
public sealed record AuditActor(string UserName, IReadOnlyList<string> Roles)
{
    /// <summary>The name the timeline shows for what the passing of time did.</summary>
    public const string SystemName = "Sac";

    public static AuditActor System { get; } = new(SystemName, []);
}

/// <summary>What an entry is about: a case (id, number), a municipality (NIS), an infraction (code), a reasoning block, a user.</summary>
/// <param name="MunicipalityNis">The municipality the subject belongs to; null for a user, whose municipalities are their own.</param>
public sealed record AuditTarget(AuditSubject Kind, string Id, string? Label, string? MunicipalityNis)
{
    public static AuditTarget User(string userName) => new(AuditSubject.User, userName, userName, null);
}

/// <summary>
/// One line of the append-only audit trail (gas-law.md §8, issue 4 §5): who (user and roles), when, what (a stable
/// action code), in which municipality, about what, and what changed as compact JSON (only the changed fields, before
/// and after). Written in the same transaction as the change it records; the application never changes or deletes
/// a line, and the database refuses it too.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxUserName = 256;
    public const int MaxRoles = 200;
    public const int MaxAction = 50;
    public const int MaxSubjectId = 100;
    public const int MaxSubjectLabel = 200;

    /// <summary>Before and after are kept compact: longer texts are cut where the change is recorded.</summary>
    public const int MaxChange = 4000;

    private AuditEntry()
    {
        UserName = Roles = Action = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The roles the user had when acting, comma-separated; empty for Sac itself and for a failed sign-in.</summary>
    public string Roles { get; private set; }

    /// <summary>An <see cref="AuditAction"/> code or, for a step of a case, the type of the timeline line it added.</summary>
    public string Action { get; private set; }

    public string? MunicipalityNis { get; private set; }

    public AuditSubject? Subject { get; private set; }

    /// <summary>The case id, NIS code, infraction code, reasoning block id or user name.</summary>
    public string? SubjectId { get; private set; }

    /// <summary>What people call the subject: the case number, the infraction code, the block's title, the user name.</summary>
    public string? SubjectLabel { get; private set; }

    /// <summary>The changed fields as they were, as a JSON object; null when nothing was there before.</summary>
    public string? Before { get; private set; }

    /// <summary>The changed fields as they became, as a JSON object; null when nothing is left or nothing changed.</summary>
    public string? After { get; private set; }

    public static AuditEntry Record(
        DateTimeOffset at, AuditActor by, string action, AuditTarget? about, string? before = null, string? after = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        return new AuditEntry
        {
            At = at,
            UserName = Cut(by.UserName, MaxUserName),
            Roles = Cut(string.Join(',', by.Roles), MaxRoles),
            Action = Cut(action, MaxAction),
            MunicipalityNis = about?.MunicipalityNis,
            Subject = about?.Kind,
            SubjectId = about is null ? null : Cut(about.Id, MaxSubjectId),
            SubjectLabel = about?.Label is { } label ? Cut(label, MaxSubjectLabel) : null,
            Before = before is null ? null : Cut(before, MaxChange),
            After = after is null ? null : Cut(after, MaxChange),
        };
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
