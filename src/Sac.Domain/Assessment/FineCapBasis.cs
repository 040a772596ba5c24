namespace Sac.Domain.Assessment;

/// <summary>Which rule set the maximum fine, so the official sees why.</summary>
public enum FineCapBasis
{
    FixedByLaw,
    MinorCap,
    AdultCap,
    AdultRecidivistCap,
    Regulation,
}
