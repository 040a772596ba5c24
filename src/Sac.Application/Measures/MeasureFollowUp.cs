namespace Sac.Application.Measures;

/// <summary>The administration's follow-up of measures that run until a last day.</summary>
public static class MeasureFollowUp
{
    /// <summary>A measure "ends soon" when its last day falls within this many days: time to prepare a renewal or a check.</summary>
    public const int EndingSoonDays = 7;
}
