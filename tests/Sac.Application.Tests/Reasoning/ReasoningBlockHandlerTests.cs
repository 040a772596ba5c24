using Sac.Application.Reasoning;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;
using Sac.Domain.Reasoning;
using static Sac.Application.Tests.Common.Validation;

namespace Sac.Application.Tests.Reasoning;

/// <summary>Defining, changing, retiring and listing a municipality's blocks of reasons.</summary>
public sealed class ReasoningBlockHandlerTests
{
    private readonly ProcedureHarness harness = new();
    private readonly FakeReasoningBlockRepository blocks = new();

    [Fact]
    public async Task Define_New_StoresTheBlockTrimmed_AndAnswersItsId()
    {
        var result = await Define(General("  Kader  ", "  De feiten van {factsDate}.  ", " Les faits du {factsDate}. "));

        var block = Assert.Single(blocks.Stored);
        Assert.Equal(block.Id, result.Value);
        Assert.Equal(DemoMunicipalities.GentNis, block.MunicipalityNis);
        Assert.Equal(ReasoningTopic.General, block.Topic);
        Assert.Null(block.InfractionCode);
        Assert.Equal("Kader", block.Title);
        Assert.Equal("De feiten van {factsDate}.", block.TextNl);
        Assert.Equal("Les faits du {factsDate}.", block.TextFr);
        Assert.False(block.Retired);
        Assert.Equal("official@demo.sac", block.UpdatedBy);
        Assert.Equal(harness.Clock.GetUtcNow(), block.UpdatedAt);
    }

    [Fact]
    public async Task Define_UnknownPlaceholder_UNKNOWN_PLACEHOLDER_OnTheTextThatUsesIt_AndNothingStored()
    {
        var result = await Define(General("Kader", "Op {datum}.", "Le {factsDate}."));

        var error = Assert.Single(result.Errors);
        Assert.Equal("UNKNOWN_PLACEHOLDER", error.Code);
        Assert.Equal("textNl", error.Field);
        Assert.Empty(blocks.Stored);
    }

    [Fact]
    public async Task Define_AboutAnInfractionWithoutItsCode_INFRACTION_REQUIRED()
    {
        var result = await Define(General("Sluikstort", "Tekst.", "Texte.") with { Topic = ReasoningTopic.Infraction });

        Assert.Equal("infractionCode", Assert.Single(result.Errors).Field);
        Assert.Empty(blocks.Stored);
    }

    [Fact]
    public async Task Define_ForAMunicipalityTheUserDoesNotWorkFor_Forbidden()
    {
        harness.User = FakeCurrentUser.Outsider();

        var result = await Define(General("Kader", "Tekst.", "Texte."));

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Empty(blocks.Stored);
    }

    [Fact]
    public async Task Define_ForAnUnknownMunicipality_NotFound()
    {
        var result = await Define(General("Kader", "Tekst.", "Texte.") with { Municipality = "99999" });

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task Define_ExistingId_ChangesThatBlock()
    {
        var id = (await Define(General("Kader", "Oud.", "Ancien."))).Value;

        var result = await Define(new DefineReasoningBlockCommand(DemoMunicipalities.GentNis, id, ReasoningTopic.Infraction, " LITTER ", "Sluikstort", "Nieuw.", "Nouveau."));

        Assert.Equal(id, result.Value);
        var block = Assert.Single(blocks.Stored);
        Assert.Equal(ReasoningTopic.Infraction, block.Topic);
        Assert.Equal("LITTER", block.InfractionCode);
        Assert.Equal("Nieuw.", block.TextNl);
    }

    [Fact]
    public async Task Define_ChangeWithAnUnknownPlaceholder_LeavesTheBlockAsItWas()
    {
        var id = (await Define(General("Kader", "Oud.", "Ancien."))).Value;

        var result = await Define(General("Kader", "Nieuw.", "Nouveau {montant}.") with { Id = id });

        var error = Assert.Single(result.Errors);
        Assert.Equal("UNKNOWN_PLACEHOLDER", error.Code);
        Assert.Equal("textFr", error.Field);
        Assert.Equal("Oud.", Assert.Single(blocks.Stored).TextNl);
    }

    [Fact]
    public async Task Define_ChangeOfAnotherMunicipalitysBlock_NotFound_AndItStaysAsItWas()
    {
        var brussels = (await Define(General("Cadre", "Oud.", "Ancien.") with { Municipality = DemoMunicipalities.BrusselNis })).Value;

        var result = await Define(General("Kader", "Nieuw.", "Nouveau.") with { Id = brussels });

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
        Assert.Equal("Oud.", Assert.Single(blocks.Stored).TextNl);
    }

    [Fact]
    public async Task Define_ChangeOfAnUnknownBlock_NotFound()
    {
        var result = await Define(General("Kader", "Tekst.", "Texte.") with { Id = Guid.NewGuid() });

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
        Assert.Empty(blocks.Stored);
    }

    [Fact]
    public async Task Retire_OwnBlock_IsNoLongerOffered_ButKept()
    {
        var id = (await Define(General("Kader", "Tekst.", "Texte."))).Value;
        harness.SetNow("2025-03-11T09:00:00+01:00");

        var result = await Retire(new RetireReasoningBlockCommand(DemoMunicipalities.GentNis, id));

        Assert.True(result.IsSuccess);
        var block = Assert.Single(blocks.Stored);
        Assert.True(block.Retired);
        Assert.Equal(TestClock.Instant("2025-03-11T09:00:00+01:00"), block.UpdatedAt);
        Assert.Empty((await List(new ListReasoningBlocksQuery(DemoMunicipalities.GentNis))).Value);
        Assert.Single((await List(new ListReasoningBlocksQuery(DemoMunicipalities.GentNis, IncludeRetired: true))).Value);
    }

    [Fact]
    public async Task Retire_BlockOfAMunicipalityTheUserDoesNotWorkFor_NotFound_AndNotRetired()
    {
        var id = (await Define(General("Kader", "Tekst.", "Texte."))).Value;
        harness.User = FakeCurrentUser.Outsider();

        var result = await Retire(new RetireReasoningBlockCommand(DemoMunicipalities.GentNis, id));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
        Assert.False(Assert.Single(blocks.Stored).Retired);
    }

    [Fact]
    public async Task Retire_UnderAnotherMunicipalitysNumber_NotFound()
    {
        var id = (await Define(General("Kader", "Tekst.", "Texte."))).Value;

        var result = await Retire(new RetireReasoningBlockCommand(DemoMunicipalities.BrusselNis, id));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
        Assert.False(Assert.Single(blocks.Stored).Retired);
    }

    [Fact]
    public async Task List_TheMunicipalitysOwnBlocksOnly()
    {
        await Define(General("Kader", "Tekst.", "Texte."));
        await Define(General("Cadre", "Tekst.", "Texte.") with { Municipality = DemoMunicipalities.BrusselNis });

        var listed = (await List(new ListReasoningBlocksQuery(DemoMunicipalities.GentNis))).Value;

        var block = Assert.Single(listed);
        Assert.Equal("Kader", block.Title);
        Assert.Equal(DemoMunicipalities.GentNis, block.MunicipalityNis);
        Assert.Equal("Tekst.", block.TextNl);
        Assert.Equal("Texte.", block.TextFr);
        Assert.False(block.Retired);
        Assert.Equal("official@demo.sac", block.UpdatedBy);
    }

    [Fact]
    public async Task List_MunicipalityTheUserDoesNotWorkFor_NotFound()
    {
        harness.User = FakeCurrentUser.Outsider();

        var result = await List(new ListReasoningBlocksQuery(DemoMunicipalities.GentNis));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Validator_NothingGiven_TopicTitleAndBothTextsRequired() =>
        Assert.Equal(
            ["TextFr:NotEmptyValidator", "TextNl:NotEmptyValidator", "Title:NotEmptyValidator", "Topic:NotNullValidator"],
            Failures(new DefineReasoningBlockValidator(), new DefineReasoningBlockCommand(DemoMunicipalities.GentNis, null, null, null, "", "", "")));

    [Fact]
    public void Validator_TitleOver200Characters_TooLong() =>
        Assert.Equal(
            ["Title:MaximumLengthValidator"],
            Failures(new DefineReasoningBlockValidator(), General(new string('t', 201), "Tekst.", "Texte.")));

    [Fact]
    public void Validator_ValidBlock_Passes() =>
        Assert.Empty(Failures(new DefineReasoningBlockValidator(), General("Kader", "Tekst.", "Texte.")));

    private static DefineReasoningBlockCommand General(string title, string textNl, string textFr) =>
        new(DemoMunicipalities.GentNis, null, ReasoningTopic.General, null, title, textNl, textFr);

    private async Task<Result<Guid>> Define(DefineReasoningBlockCommand command) =>
        await new DefineReasoningBlockHandler(harness.Municipalities, blocks, harness.User, harness.Clock).Handle(command, CancellationToken.None);

    private async Task<Result> Retire(RetireReasoningBlockCommand command) =>
        await new RetireReasoningBlockHandler(blocks, harness.User, harness.Clock).Handle(command, CancellationToken.None);

    private async Task<Result<IReadOnlyList<ReasoningBlockDetails>>> List(ListReasoningBlocksQuery query) =>
        await new ListReasoningBlocksHandler(blocks, harness.User).Handle(query, CancellationToken.None);
}
