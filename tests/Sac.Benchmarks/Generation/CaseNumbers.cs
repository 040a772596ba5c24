using System.Globalization;

namespace Sac.Benchmarks.Generation;

/// <summary>Case numbers as <c>CaseNumberSequence</c> gives them (NIS-year-sequence); the last ones go to its counter table.</summary>
internal sealed class CaseNumbers
{
    private readonly Dictionary<(string Nis, int Year), int> last = [];

    public IReadOnlyDictionary<(string Nis, int Year), int> Last => last;

    public string Next(string nis, int year)
    {
        var taken = last.GetValueOrDefault((nis, year)) + 1;
        last[(nis, year)] = taken;
        return string.Create(CultureInfo.InvariantCulture, $"{nis}-{year}-{taken:D6}");
    }
}
