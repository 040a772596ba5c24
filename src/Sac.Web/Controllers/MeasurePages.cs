using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sac.Application.Municipalities.ListMunicipalities;
using Sac.Web.Hosting;
using Sac.Web.Models;

namespace Sac.Web.Controllers;

/// <summary>What the pages of college sanctions and place bans share: the user's municipalities, and whether they may act.</summary>
internal static class MeasurePages
{
    /// <summary>The name of <paramref name="nis"/> and the options to switch to; null when the user does not work for it.</summary>
    public static async Task<(string Name, IReadOnlyList<SelectListItem> Options)?> PickAsync(IMediator mediator, string nis, CancellationToken cancellationToken)
    {
        var municipalities = await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken);
        if (municipalities.FirstOrDefault(m => m.Nis == nis) is not { } chosen)
        {
            return null;
        }

        return (Formats.Pick(chosen.NameNl, chosen.NameFr),
            [.. municipalities.Select(m => new SelectListItem(Formats.Pick(m.NameNl, m.NameFr), m.Nis, m.Nis == nis))]);
    }

    public static async Task<string?> FirstAsync(IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new ListMunicipalitiesQuery(), cancellationToken) is [var first, ..] ? first.Nis : null;

    /// <summary>Whether the user keeps the registers (the step forms are shown), rather than only reading them.</summary>
    public static async Task<bool> MayKeepAsync(this IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.KeepsMeasures)).Succeeded;
}
