namespace Sac.Domain.Measures;

/// <summary>The short reference a measure's letters and registers show, and its answers quote: the first characters of its id.</summary>
public static class MeasureReference
{
    public static string Of(Guid measureId) => measureId.ToString("N")[..8].ToUpperInvariant();
}
