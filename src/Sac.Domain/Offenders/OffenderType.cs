namespace Sac.Domain.Offenders;

public enum OffenderType
{
    Person,
    Company,

    /// <summary>Known only by a licence plate until the vehicle registry names the holder.</summary>
    Vehicle,
}
