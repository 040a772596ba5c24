using Sac.Domain.Common;

namespace Sac.Domain.Municipalities;

/// <summary>What a municipal council decides about one infraction, from a date on.</summary>
public sealed record InfractionDefinition(
    string Code,
    InfractionCategory Category,
    string Article,
    string TextNl,
    string TextFr,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    decimal? DefaultAmount,
    bool MinorsAllowed,
    DateOnly ValidFrom,
    decimal? RecidivismMaximumAmount = null,
    bool ProsecutionWaivedByProtocol = false)
{
    /// <summary>The oldest date a GAS regulation can apply from: the GAS law's entry into force.</summary>
    private static readonly DateOnly GasLawInForce = new(2014, 1, 1);

    internal IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        if (ValidFrom < GasLawInForce)
        {
            errors.Add(RegulationErrors.ValidFromBeforeGasLaw);
        }

        if (Category.IsTrafficWithFixedFine())
        {
            return errors;
        }

        if (MinimumAmount is not { } minimum || minimum <= 0)
        {
            errors.Add(RegulationErrors.AmountRequired("minimumAmount"));
        }

        if (MaximumAmount is not { } maximum || maximum <= 0)
        {
            errors.Add(RegulationErrors.AmountRequired("maximumAmount"));
        }
        else if (MinimumAmount > maximum)
        {
            errors.Add(RegulationErrors.MinimumAboveMaximum);
        }

        if (RecidivismMaximumAmount is { } recidivism && recidivism < MaximumAmount)
        {
            errors.Add(RegulationErrors.RecidivismMaximumBelowMaximum);
        }

        if (DefaultAmount is { } defaultAmount && (defaultAmount < MinimumAmount || defaultAmount > MaximumAmount))
        {
            errors.Add(RegulationErrors.DefaultOutsideRange);
        }

        return errors;
    }
}
