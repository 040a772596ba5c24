namespace Sac.Domain.Offenders;

/// <summary>Sex as encoded in a National Register or BIS number; Unknown when the number does not say.</summary>
public enum Sex
{
    Unknown,
    Male,
    Female,
}
