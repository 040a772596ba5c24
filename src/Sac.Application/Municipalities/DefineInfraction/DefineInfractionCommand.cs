using Mediator;
using Sac.Domain.Common;
using Sac.Domain.Municipalities;

namespace Sac.Application.Municipalities.DefineInfraction;

/// <summary>Adds or corrects a version of an infraction of the regulation (api-v1.md, PUT …/infractions/{code}).</summary>
public sealed record DefineInfractionCommand(
    string Nis,
    string Code,
    InfractionCategory? Category,
    string? Article,
    string? TextNl,
    string? TextFr,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    decimal? DefaultAmount,
    decimal? RecidivismMaximumAmount,
    bool MinorsAllowed,
    DateOnly? ValidFrom,
    bool ProsecutionWaivedByProtocol = false) : ICommand<Result>;
