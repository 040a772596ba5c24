using Sac.Application.Reasoning;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Reasoning;
using Sac.Domain.Register;
using static Sac.Application.Tests.Common.Text;

namespace Sac.Application.Tests.Reasoning;

/// <summary>The reasons drafted from chosen blocks, in the case's language, with its facts written the Belgian way.</summary>
public sealed class DraftReasoningHandlerTests
{
    private static readonly string Paragraph = Environment.NewLine + Environment.NewLine;

    private readonly ProcedureHarness harness = new("2025-04-10T12:00:00+02:00");
    private readonly FakeReasoningBlockRepository blocks = new();

    [Fact]
    public async Task DutchCase_TheFactsInDutch()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var facts = Block("{offender} liet op {factsDate} om {factsTime} afval achter in de {place} ({infraction}, {article}).", "-");

        var draft = (await Draft(litter, [facts.Id])).Value;

        Assert.Equal("nl", draft.Language);
        Assert.Equal("Peeters Jan liet op 1 maart 2025 om 22.15 uur afval achter in de Korenmarkt 1 Gent (LITTER (nl), art. LITTER).", draft.Text);
    }

    [Fact]
    public async Task FrenchSpeakingOffender_TheFactsInFrench()
    {
        var litter = harness.Store(TestCases.Gent(offender: TestCases.Dubois()).WithNotice());
        var facts = Block("-", "Le {factsDate}, {offender} a commis l'infraction {infraction} à {municipality}. Avis du {noticeDate}.");

        var draft = (await Draft(litter, [facts.Id])).Value;

        Assert.Equal("fr", draft.Language);
        Assert.Equal("Le 1er mars 2025, Dubois Marie a commis l'infraction LITTER (fr) à Gand. Avis du 10 mars 2025.", draft.Text);
    }

    [Fact]
    public async Task FrenchSpeakingOffender_AmountsWithTheEuroSignAfter()
    {
        var litter = harness.Store(TestCases.Gent(offender: TestCases.Dubois()).WithNotice());
        var sanction = Block("-", "Une amende de {amount} (maximum {maximumFine}).");

        var draft = (await Draft(litter, [sanction.Id], 200m)).Value;

        Assert.Equal("Une amende de 200,00 € (maximum 350,00 €).", WithPlainSpaces(draft.Text));
    }

    [Fact]
    public async Task NoticeDefenceAndMunicipality_FromTheCase()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        litter.RegisterDefence(new DateOnly(2025, 3, 20), "Verweer.", TestProcedure.At("2025-03-20"), TestProcedure.By);
        var block = Block("Aangetekend op {noticeDate}, verweer tot {defenceDeadline}, ontvangen op {defenceReceived}; {municipality}.", "-");

        var draft = (await Draft(litter, [block.Id])).Value;

        Assert.Equal("Aangetekend op 10 maart 2025, verweer tot 28 maart 2025, ontvangen op 20 maart 2025; Gent.", draft.Text);
    }

    [Fact]
    public async Task WhatTheCaseDoesNotKnowYet_IsAnEllipsis()
    {
        var litter = harness.Store(TestCases.Gent());
        var block = Block("Aangetekend op {noticeDate}, verweer {defenceReceived}, eerder {priorDecision}, bedrag {amount}.", "-");

        var draft = (await Draft(litter, [block.Id])).Value;

        Assert.Equal("Aangetekend op …, verweer …, eerder …, bedrag ….", draft.Text);
    }

    [Fact]
    public async Task PriorDecision_TheEarlierSanctionsDateAndReference()
    {
        harness.Register.Add(RegisterEntry.Import(
            DemoMunicipalities.GentNis, "LITTER", TestCases.Peeters(), new DateOnly(2024, 6, 1), SanctionKind.Fine, 150m, null, final: true,
            TestClock.Instant("2025-01-01T12:00:00+01:00"), "import").Value);
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var block = Block("Herhaling na de beslissing van {priorDecision}.", "-");

        var draft = (await Draft(litter, [block.Id])).Value;

        Assert.Equal("Herhaling na de beslissing van 1 juni 2024 (LITTER).", draft.Text);
    }

    [Fact]
    public async Task Blocks_InTheOrderChosen_OneParagraphEach_RetiredAndOtherMunicipalitiesBlocksLeftOut()
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());
        var first = Block("Eerste.", "Premier.");
        var second = Block("Tweede.", "Deuxième.");
        var retired = Block("Ingetrokken.", "Retiré.");
        retired.Retire(harness.Clock.GetUtcNow(), "official@demo.sac");
        var brussels = Block("Brussel.", "Bruxelles.", DemoMunicipalities.BrusselNis);

        var draft = (await Draft(litter, [second.Id, retired.Id, brussels.Id, Guid.NewGuid(), first.Id])).Value;

        Assert.Equal("Tweede." + Paragraph + "Eerste.", draft.Text);
    }

    [Fact]
    public async Task CaseOfAMunicipalityTheUserDoesNotWorkFor_NotFound()
    {
        var litter = harness.Store(TestCases.Gent());
        harness.User = FakeCurrentUser.Outsider();

        var result = await Draft(litter, []);

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    private ReasoningBlock Block(string textNl, string textFr, string municipality = DemoMunicipalities.GentNis)
    {
        var block = ReasoningBlock.Create(municipality, ReasoningTopic.General, null, "Blok", textNl, textFr, harness.Clock.GetUtcNow(), "official@demo.sac").Value;
        blocks.Add(block);
        return block;
    }

    private async Task<Result<ReasoningDraft>> Draft(Case of, IReadOnlyList<Guid> blockIds, decimal? amount = null) =>
        await new DraftReasoningHandler(harness.Loader, blocks, harness.Clock).Handle(new DraftReasoningQuery(of.Id, blockIds, amount), CancellationToken.None);
}
