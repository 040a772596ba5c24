using Sac.Application.Reasoning;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Reasoning;
using static Sac.Application.Tests.Common.Text;

namespace Sac.Application.Tests.Reasoning;

/// <summary>
/// Drafted reasons write amounts as the letters do, in both languages: "200,00 €" (the nl-BE currency pattern would
/// put the euro sign first).
/// </summary>
public sealed class DraftReasoningDutchAmountTests
{
    [Fact]
    public async Task DutchDraft_WritesTheAmountAs_200_00_Euro()
    {
        var harness = new ProcedureHarness("2025-04-10T12:00:00+02:00");
        var blocks = new FakeReasoningBlockRepository();
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var block = ReasoningBlock.Create(
            DemoMunicipalities.GentNis, ReasoningTopic.Sanction, null, "Boete", "Een boete van {amount} (maximum {maximumFine}).", "-",
            harness.Clock.GetUtcNow(), "official@demo.sac").Value;
        blocks.Add(block);

        var draft = (await new DraftReasoningHandler(harness.Loader, blocks, harness.Clock)
            .Handle(new DraftReasoningQuery(litter.Id, [block.Id], 200m), CancellationToken.None)).Value;

        Assert.Equal("Een boete van 200,00 € (maximum 350,00 €).", WithPlainSpaces(draft.Text));
    }
}
