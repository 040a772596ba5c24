using Sac.Application.Cases.Collection;
using Sac.Application.Cases.GetCase;
using Sac.Application.Cases.SearchCases;
using Sac.Application.Common;
using Sac.Application.Common.Ports;

namespace Sac.Application.DataProtection;

/// <summary>
/// Who sees national register numbers in full (issue 4 §6, data minimisation): the sanctioning official, who handles the
/// case, identifies the offender, writes and posts the letters and hands fines to collection. Every other role — the finder
/// once the finding is recorded, the municipal administrator, the auditor, the system administrator — sees them masked in
/// case pages, lists, exports and the API. The one exception is the data-subject report, where the auditor (as DPO) looks a
/// number up on purpose and sees it in full.
/// </summary>
public static class NationalNumberDisclosure
{
    public static bool SeesFullNationalNumbers(this ICurrentUser user) => user.IsInRole(Roles.SanctioningOfficial);

    public static CaseDetails DisclosedTo(this CaseDetails details, ICurrentUser user) => user.SeesFullNationalNumbers()
        ? details
        : details with
        {
            Offender = details.Offender with
            {
                NationalRegisterNumber = NationalNumberMask.Mask(details.Offender.NationalRegisterNumber),
                DisplayName = NationalNumberMask.MaskWithin(details.Offender.DisplayName)!,
            },
            Description = NationalNumberMask.MaskWithin(details.Description),
            Timeline = [.. details.Timeline.Select(e => e with { Detail = NationalNumberMask.MaskWithin(e.Detail) })],
        };

    public static PagedList<CaseSummary> DisclosedTo(this PagedList<CaseSummary> page, ICurrentUser user) => user.SeesFullNationalNumbers()
        ? page
        : page with { Items = [.. page.Items.Select(c => c with { OffenderName = NationalNumberMask.MaskWithin(c.OffenderName)! })] };

    public static IReadOnlyList<CollectionLine> DisclosedTo(this IReadOnlyList<CollectionLine> lines, ICurrentUser user) => user.SeesFullNationalNumbers()
        ? lines
        : [.. lines.Select(l => l with
        {
            OffenderName = NationalNumberMask.MaskWithin(l.OffenderName)!,
            NationalRegisterNumber = NationalNumberMask.Mask(l.NationalRegisterNumber),
        })];
}
