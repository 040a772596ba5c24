namespace Sac.Domain.Offenders;

/// <summary>Age in whole years on a date, as gas-law.md §0b counts it.</summary>
public static class Age
{
    /// <summary>
    /// The birthday counts on the day itself; a 29 February birthday turns over on 28 February in
    /// non-leap years (which is what <see cref="DateOnly.AddYears"/> does).
    /// </summary>
    public static int InYearsOn(DateOnly birthDate, DateOnly date)
    {
        var years = date.Year - birthDate.Year;
        return birthDate.AddYears(years) > date ? years - 1 : years;
    }
}
