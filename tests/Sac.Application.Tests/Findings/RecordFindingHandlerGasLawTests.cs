using Sac.Application.Findings.RecordFinding;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;

namespace Sac.Application.Tests.Findings;

public sealed class RecordFindingHandlerGasLawTests
{
    [Fact]
    public async Task Handle_FactsBeforeTheGasLaw_ErrorOn_factsAt()
    {
        var handler = new RecordFindingHandler(
            FakeCurrentUser.Finder(), new FakeCaseRepository(), new FakeCaseDocumentRepository(), new FakeMunicipalityRepository(DemoMunicipalities.Gent()),
            new FakeCaseNumberSequence(), new FakeDeviceRepository(), TestClock.At("2025-03-10T12:00:00+01:00"));
        var command = FindingCommands.Litter() with
        {
            FactsAt = TestClock.Instant("2013-12-31T22:15:00+01:00"),
            FindingAt = TestClock.Instant("2013-12-31T22:20:00+01:00"),
        };

        var result = await handler.Handle(command, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("FACTS_BEFORE_GAS_LAW", error.Code);
        Assert.Equal("factsAt", error.Field);
    }
}
