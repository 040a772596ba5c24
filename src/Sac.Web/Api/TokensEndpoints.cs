using Mediator;
using Microsoft.Extensions.Localization;
using Sac.Application.Tokens;

namespace Sac.Web.Api;

/// <summary>Revoking an API token (they are issued on the Tokens page, shown once).</summary>
internal static class TokensEndpoints
{
    public static void MapTokensEndpoints(this RouteGroupBuilder api) =>
        api.MapDelete("/tokens/{id:guid}", Revoke)
            .RequireAuthorization()
            .WithSummary("Revoke an API token: its owner may, a municipal administrator for users whose municipalities are all theirs (system administrators excepted), a system administrator any. It stops authenticating at once; the revocation is audited.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Revoke(Guid id, IMediator mediator, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var revoked = await mediator.Send(new RevokeApiTokenCommand(id), ct);
        return revoked.IsSuccess ? Results.NoContent() : ApiProblems.From(revoked.Errors, localizer);
    }
}
