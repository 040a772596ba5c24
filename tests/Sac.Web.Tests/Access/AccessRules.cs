using Sac.Application.Common;
using static Sac.Web.Tests.Access.Scope;

namespace Sac.Web.Tests.Access;

/// <summary>
/// The specification of who may call what (README "API", api-v1.md): every endpoint of the route table has exactly one
/// rule here, so a new endpoint fails <see cref="AccessMatrixTests"/> until someone decides who may call it.
/// </summary>
public static class AccessRules
{
    private const string Finder = Roles.Finder;
    private const string Official = Roles.SanctioningOfficial;
    private const string MunicipalAdmin = Roles.MunicipalAdmin;
    private const string Auditor = Roles.Auditor;
    private const string SystemAdmin = Roles.SystemAdmin;

    private static readonly string[] Anyone = [];

    /// <summary>The college's sanctions and the mayor's place bans are kept by the municipal administration and the official.</summary>
    private static readonly string[] MeasureKeepers = [Official, MunicipalAdmin];

    private static readonly string[] MeasureReaders = [Official, MunicipalAdmin, Auditor];
    private static readonly string[] SignedIn = [.. Roles.All];

    /// <summary>Registry lookups need a reference and a purpose before they say anything.</summary>
    private const string Lookup = "?reference=access-matrix&purpose=IdentifyOffender";

    private static readonly string[] ProcedureSteps =
    [
        "notices", "decisions", "decision-notifications", "parents-letters", "mediation-offers", "mediation-outcomes",
        "community-service-offers", "community-service-outcomes", "lawyer-requests", "prosecutor-reports",
        "prosecutor-answers", "defences", "hearings", "hearing-minutes", "appeals", "appeal-outcomes", "payments",
        "refunds", "collection-handovers",
        "validations",
    ];

    private static readonly string[] ProcedureForms =
    [
        "ReportToProsecutor", "ProsecutorAnswer", "Letters/{step}/Posted", "Letters/{step}/Prepare", "Lawyer",
        "MediationOutcome", "CommunityServiceOffer", "CommunityServiceOutcome", "Defence", "ScheduleHearing",
        "RecordHearing", "Decide", "ComposeReasoning", "Appeal", "AppealOutcome", "Payment", "Refund", "HandOver", "ClosePaid",
        "Close", "Identify",
    ];

    public static IReadOnlyList<AccessRule> All { get; } =
    [
        // JSON API
        new("POST", "/api/v1/findings", None, [Finder]),
        new("GET", "/api/v1/cases", None, SignedIn),
        new("GET", "/api/v1/cases/{id:guid}", Case, SignedIn),
        new("POST", "/api/v1/cases/{id:guid}/closures", Case, [Official]),
        .. ProcedureSteps.Select(step => new AccessRule("POST", $"/api/v1/cases/{{id:guid}}/{step}", Case, [Official])),
        new("POST", "/api/v1/cases/{id:guid}/identifications", Case, [Official]),
        new("POST", "/api/v1/cases/{id:guid}/letters", Case, [Official]),
        new("POST", "/api/v1/cases/{id:guid}/reasoning-drafts", Case, [Official]),
        new("GET", "/api/v1/post-tray", None, [Official]),
        new("GET", "/api/v1/collection", None, [Official]),
        new("GET", "/api/v1/documents/{id:guid}", Document, SignedIn),
        new("POST", "/api/v1/documents/{id:guid}/postings", Document, [Official]),
        new("POST", "/api/v1/register-entries", None, [Official]),
        new("GET", "/api/v1/municipalities/{nis}/reasoning-blocks", Municipality, [Official, MunicipalAdmin]),
        new("POST", "/api/v1/municipalities/{nis}/reasoning-blocks", Municipality, [Official, MunicipalAdmin]),
        new("PUT", "/api/v1/municipalities/{nis}/reasoning-blocks/{id:guid}", Municipality, [Official, MunicipalAdmin]),
        new("DELETE", "/api/v1/municipalities/{nis}/reasoning-blocks/{id:guid}", Municipality, [Official, MunicipalAdmin]),
        new("GET", "/api/v1/municipalities/{nis}", Municipality, [MunicipalAdmin]),
        new("PUT", "/api/v1/municipalities/{nis}/settings", Municipality, [MunicipalAdmin]),
        new("GET", "/api/v1/municipalities/{nis}/infractions", Municipality, [MunicipalAdmin]),
        new("PUT", "/api/v1/municipalities/{nis}/infractions/{code}", Municipality, [MunicipalAdmin]),
        new("PUT", "/api/v1/municipalities/{nis}/letterhead", Municipality, [MunicipalAdmin]),
        new("POST", "/api/v1/municipalities/{nis}/bank-statements", Municipality, [Official]),
        new("GET", "/api/v1/municipalities/{nis}/bank-statement-entries/unmatched", Municipality, [Official]),
        new("POST", "/api/v1/municipalities/{nis}/bank-statement-entries/{id:guid}/assignment", Municipality, [Official]),
        new("POST", "/api/v1/municipalities/{nis}/bank-statement-entries/{id:guid}/set-aside", Municipality, [Official]),
        new("GET", "/api/v1/registry/persons/{nationalRegisterNumber}", None, [Finder, Official], Lookup),
        new("GET", "/api/v1/registry/vehicles/{plate}", None, [Finder, Official], Lookup + "&at=2025-03-01"),
        new("GET", "/api/v1/registry/companies/{enterpriseNumber}", None, [Finder, Official], Lookup),
        new("POST", "/api/v1/college-sanctions", None, MeasureKeepers),
        new("GET", "/api/v1/college-sanctions/{id:guid}", None, MeasureReaders),
        new("GET", "/api/v1/municipalities/{nis}/college-sanctions", Municipality, MeasureReaders),
        new("POST", "/api/v1/college-sanctions/{id:guid}/warnings", None, MeasureKeepers),
        new("POST", "/api/v1/college-sanctions/{id:guid}/decisions", None, MeasureKeepers),
        new("POST", "/api/v1/college-sanctions/{id:guid}/notifications", None, MeasureKeepers),
        new("GET", "/api/v1/measure-documents/{id:guid}", None, MeasureReaders),
        new("POST", "/api/v1/place-bans", None, MeasureKeepers),
        new("GET", "/api/v1/place-bans/{id:guid}", None, MeasureReaders),
        new("POST", "/api/v1/place-bans/{id:guid}/periods", None, MeasureKeepers),

        // The municipality's finders see the bans in force (active=true); the register itself is for the readers.
        new("GET", "/api/v1/municipalities/{nis}/place-bans", Municipality, [Finder, .. MeasureReaders], "?active=true"),
        new("GET", "/api/v1/audit/entries", None, [Auditor]),
        new("GET", "/api/v1/audit/registry-access", None, [Auditor]),
        new("GET", "/api/v1/data-protection/subjects/{nationalRegisterNumber}", None, [Auditor]),

        // Each user revokes their own tokens; administrators those of the users whose devices they manage.
        new("DELETE", "/api/v1/tokens/{id:guid}", None, SignedIn),

        // Automatic devices are not in a municipality's route: the Application limits an administrator to their municipalities' devices.
        new("GET", "/api/v1/devices", None, [MunicipalAdmin]),
        new("POST", "/api/v1/devices", None, [MunicipalAdmin]),
        new("GET", "/api/v1/devices/{id:guid}", None, [MunicipalAdmin]),
        new("PUT", "/api/v1/devices/{id:guid}", None, [MunicipalAdmin]),
        new("POST", "/api/v1/devices/{id:guid}/certifications", None, [MunicipalAdmin]),
        new("GET", "/api/v1/validations", None, [Official]),

        // Browser pages and forms
        new("GET", "/Account/SignIn/{id?}", None, Anyone),
        new("POST", "/Account/SignIn/{id?}", None, Anyone),
        new("POST", "/Account/SignOut/{id?}", None, Anyone),
        new("GET", "/Account/AccessDenied/{id?}", None, Anyone),

        // The invitee has no account to sign in with yet: the link's secret is the access.
        new("GET", "/Invitation/Accept/{id?}", None, Anyone),
        new("POST", "/Invitation/Accept/{id?}", None, Anyone),
        new("POST", "/Language/Set/{id?}", None, Anyone),
        new("*", "/Home/Error/{id?}", None, Anyone),
        new("*", "/Home/Status/{id?}", None, Anyone),

        // Sends a signed-in user to their main page, anyone else to sign in.
        new("GET", "/Home/Index/{id?}", None, SignedIn),

        new("GET", "/Findings/New/{id?}", None, [Finder]),
        new("POST", "/Findings/New/{id?}", None, [Finder]),
        new("GET", "/Findings/Recorded/{id?}", Case, [Finder]),
        new("GET", "/Findings/Infractions/{id?}", None, [Finder]),
        new("POST", "/Findings/Queued/{id?}", None, [Finder]),
        new("POST", "/Findings/Lookups/Person", None, [Finder]),
        new("POST", "/Findings/Lookups/Vehicle", None, [Finder]),
        new("GET", "/Cases/Index/{id?}", None, [Official]),
        new("GET", "/Cases/Details/{id?}", Case, [Official]),
        .. ProcedureForms.Select(form => new AccessRule("POST", $"/Cases/{{id:guid}}/{form}", Case, [Official])),
        new("GET", "/Documents/{id:guid}", Document, [Official]),
        new("GET", "/PostTray", None, [Official]),
        new("POST", "/PostTray/{id:guid}/Posted", Document, [Official], "?postedOn=2025-03-10"),
        new("GET", "/Collection", None, [Official]),
        new("GET", "/Collection/Csv", None, [Official]),
        new("GET", "/Payments", None, [Official]),
        new("GET", "/Payments/{nis}", Municipality, [Official]),
        new("POST", "/Payments/{nis}/Import", Municipality, [Official]),
        new("POST", "/Payments/{nis}/Entries/{id:guid}/Assign", Municipality, [Official]),
        new("POST", "/Payments/{nis}/Entries/{id:guid}/SetAside", Municipality, [Official]),
        new("GET", "/Dashboard", None, [Official]),
        new("GET", "/Validations", None, [Official]),
        new("POST", "/Validations", None, [Official]),
        new("POST", "/Validations/{id:guid}/Reject", Case, [Official]),
        new("GET", "/Devices", None, [MunicipalAdmin]),
        new("GET", "/Devices/New", None, [MunicipalAdmin]),
        new("POST", "/Devices/New", None, [MunicipalAdmin]),
        new("GET", "/Devices/{id:guid}", None, [MunicipalAdmin]),
        new("POST", "/Devices/{id:guid}", None, [MunicipalAdmin]),
        new("POST", "/Devices/{id:guid}/Certifications", None, [MunicipalAdmin]),
        new("GET", "/Statistics", None, [Official, MunicipalAdmin, Auditor]),
        new("GET", "/Statistics/Csv", None, [Official, MunicipalAdmin, Auditor]),
        new("GET", "/Statistics/Xlsx", None, [Official, MunicipalAdmin, Auditor]),
        new("GET", "/Reasoning", None, [Official, MunicipalAdmin]),
        new("GET", "/Reasoning/{nis}", Municipality, [Official, MunicipalAdmin]),
        new("GET", "/Reasoning/{nis}/Edit/{block:guid?}", Municipality, [Official, MunicipalAdmin]),
        new("POST", "/Reasoning/{nis}/Edit/{block:guid?}", Municipality, [Official, MunicipalAdmin]),
        new("POST", "/Reasoning/{nis}/Retire/{block:guid}", Municipality, [Official, MunicipalAdmin]),
        new("GET", "/Municipalities", None, [MunicipalAdmin]),
        new("GET", "/Municipalities/Index", None, [MunicipalAdmin]),
        new("GET", "/Municipalities/Details/{nis}", Municipality, [MunicipalAdmin]),
        new("GET", "/Municipalities/EditSettings/{nis}", Municipality, [MunicipalAdmin]),
        new("POST", "/Municipalities/EditSettings/{nis}", Municipality, [MunicipalAdmin]),
        new("GET", "/Municipalities/EditLetterhead/{nis}", Municipality, [MunicipalAdmin]),
        new("POST", "/Municipalities/EditLetterhead/{nis}", Municipality, [MunicipalAdmin]),
        new("GET", "/Municipalities/EditInfraction/{nis}/{code?}", Municipality, [MunicipalAdmin]),
        new("POST", "/Municipalities/EditInfraction/{nis}/{code?}", Municipality, [MunicipalAdmin]),
        new("GET", "/Municipalities/Infraction/{nis}/{code}", Municipality, [MunicipalAdmin]),
        new("GET", "/Municipalities/Export/{nis}", Municipality, [MunicipalAdmin]),
        new("POST", "/Municipalities/Import/{nis}", Municipality, [MunicipalAdmin]),
        new("GET", "/CollegeSanctions", None, MeasureReaders),
        new("GET", "/CollegeSanctions/{nis}", Municipality, MeasureReaders),
        new("GET", "/CollegeSanctions/{nis}/New", Municipality, MeasureKeepers),
        new("POST", "/CollegeSanctions/{nis}/New", Municipality, MeasureKeepers),
        new("GET", "/CollegeSanctions/Details/{id:guid}", None, MeasureReaders),
        new("POST", "/CollegeSanctions/{id:guid}/Warning", None, MeasureKeepers),
        new("POST", "/CollegeSanctions/{id:guid}/Decision", None, MeasureKeepers),
        new("POST", "/CollegeSanctions/{id:guid}/Notification", None, MeasureKeepers),
        new("GET", "/PlaceBans", None, MeasureReaders),
        new("GET", "/PlaceBans/Active", None, [Finder, .. MeasureReaders]),
        new("GET", "/PlaceBans/{nis}", Municipality, MeasureReaders),
        new("GET", "/PlaceBans/{nis}/New", Municipality, MeasureKeepers),
        new("POST", "/PlaceBans/{nis}/New", Municipality, MeasureKeepers),
        new("GET", "/PlaceBans/Details/{id:guid}", None, MeasureReaders),
        new("POST", "/PlaceBans/{id:guid}/Period", None, MeasureKeepers),
        new("GET", "/MeasureDocuments/{id:guid}", None, MeasureReaders),
        new("GET", "/Audit", None, [Auditor]),
        new("GET", "/Audit/csv", None, [Auditor]),
        new("GET", "/Audit/registry-access", None, [Auditor]),
        new("GET", "/Audit/registry-access/csv", None, [Auditor]),
        new("GET", "/DataProtection", None, [Auditor]),
        new("POST", "/DataProtection", None, [Auditor]),
        new("POST", "/DataProtection/Print", None, [Auditor]),
        // Each user lists and revokes their own device tokens, and issues them as a finder; a municipal administrator those
        // of their municipalities' finders, a system administrator everyone's (the Application decides per token and user).
        new("GET", "/Tokens", None, SignedIn),
        new("GET", "/Tokens/Issue", None, SignedIn),
        new("POST", "/Tokens/Issue", None, SignedIn),
        new("POST", "/Tokens/{id:guid}/Revoke", None, SignedIn),

        // Users are not in a municipality's route: the Application limits an administrator to their municipalities' users.
        new("GET", "/Users", None, [MunicipalAdmin, SystemAdmin]),
        new("GET", "/Users/Invite", None, [MunicipalAdmin, SystemAdmin]),
        new("POST", "/Users/Invite", None, [MunicipalAdmin, SystemAdmin]),
        new("GET", "/Users/{id}", None, [MunicipalAdmin, SystemAdmin]),
        new("POST", "/Users/{id}", None, [MunicipalAdmin, SystemAdmin]),
        new("POST", "/Users/{id}/Deactivate", None, [MunicipalAdmin, SystemAdmin]),
        new("POST", "/Users/{id}/Reactivate", None, [MunicipalAdmin, SystemAdmin]),
        new("*", "/hangfire/{**path}", None, [SystemAdmin]),
    ];
}
