namespace Sac.Benchmarks.Measures;

/// <summary>Latencies of a series of requests or queries, in milliseconds.</summary>
internal sealed class Latencies
{
    private readonly List<double> milliseconds = [];

    public int Count => milliseconds.Count;

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds)
        {
            milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double share)
    {
        if (milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
