using Sac.Application.Municipalities.DefineInfraction;
using Sac.Domain.Municipalities;

namespace Sac.Web.Api;

/// <summary>Body of PUT /api/v1/municipalities/{nis}/infractions/{code}.</summary>
internal sealed record InfractionRequest(
    InfractionCategory? Category,
    string? Article,
    string? TextNl,
    string? TextFr,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    decimal? DefaultAmount,
    decimal? RecidivismMaximumAmount,
    bool? MinorsAllowed,
    DateOnly? ValidFrom)
{
    public DefineInfractionCommand ToCommand(string nis, string code) => new(
        nis, code, Category, Article, TextNl, TextFr, MinimumAmount, MaximumAmount, DefaultAmount, RecidivismMaximumAmount, MinorsAllowed ?? false, ValidFrom);
}
