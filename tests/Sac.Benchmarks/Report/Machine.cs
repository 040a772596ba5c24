using System.Globalization;
using System.Runtime.InteropServices;

namespace Sac.Benchmarks.Report;

/// <summary>What the numbers were measured on.</summary>
internal static class Machine
{
    public static string Describe() => string.Join(
        "; ",
        $"{Environment.ProcessorCount} cores (nproc)",
        $"{MemoryGiB():0.0} GiB memory",
        First("/proc/cpuinfo", "model name") ?? "CPU model unknown",
        First("/etc/os-release", "PRETTY_NAME")?.Trim('"') ?? RuntimeInformation.OSDescription,
        $".NET {Environment.Version}");

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine shows here.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double MemoryGiB() =>
        long.Parse(First("/proc/meminfo", "MemTotal")?.Split(' ')[0] ?? "0", CultureInfo.InvariantCulture) / 1024d / 1024d;

    /// <summary>The value of the first <c>key: value</c> or <c>key=value</c> line of a file.</summary>
    private static string? First(string path, string key) => File.Exists(path)
        ? File.ReadLines(path)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOfAny([':', '=']) + 1)..].Trim())
            .FirstOrDefault()
        : null;
}
