using System.Globalization;
using Sac.Application.Common.Ports;

namespace Sac.Application.Tests.Fakes;

/// <summary>Hands out NIS-year-000001, -000002, … per municipality and year.</summary>
internal sealed class FakeCaseNumberSequence : ICaseNumberSequence
{
    private readonly Dictionary<(string Nis, int Year), int> last = [];

    public int Calls { get; private set; }

    public Task<string> NextAsync(string municipalityNis, int year, CancellationToken cancellationToken)
    {
        Calls++;
        var next = last.GetValueOrDefault((municipalityNis, year)) + 1;
        last[(municipalityNis, year)] = next;
        return Task.FromResult(string.Create(CultureInfo.InvariantCulture, $"{municipalityNis}-{year}-{next:D6}"));
    }
}
