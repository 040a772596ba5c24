using Sac.Domain.Reasoning;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Reasoning;

/// <summary>Reusable blocks of a decision's reasons: their placeholders, and how they are joined into one text per language.</summary>
public sealed class ReasoningComposerTests
{
    private static readonly DateTimeOffset Now = Instant("2025-03-24T10:00:00+01:00");

    private static readonly Dictionary<string, string> Values = new()
    {
        ["offender"] = "Jan Peeters",
        ["factsDate"] = "01/03/2025",
        ["place"] = "Korenmarkt 1, 9000 Gent",
        ["amount"] = "200,00",
    };

    [Fact]
    public void Compose_TwoBlocks_FillsThePlaceholdersAndJoinsWithABlankLine()
    {
        var opening = Block("Op {factsDate} liet {offender} afval achter op {place}.", "Le {factsDate}, {offender} a abandonné des déchets à {place}.");
        var amount = Block("De boete bedraagt {amount} euro.", "L'amende s'élève à {amount} euros.");

        var text = ReasoningComposer.Compose([opening, amount], "nl", Values);

        Assert.Equal(
            "Op 01/03/2025 liet Jan Peeters afval achter op Korenmarkt 1, 9000 Gent." + Environment.NewLine + Environment.NewLine + "De boete bedraagt 200,00 euro.",
            text);
    }

    [Theory]
    [InlineData("fr", "L'amende s'élève à 200,00 euros.")]
    [InlineData("nl", "De boete bedraagt 200,00 euro.")]
    [InlineData("de", "De boete bedraagt 200,00 euro.")] // any other language falls back to Dutch
    public void Compose_Language_ChoosesTheBlocksText(string language, string expected)
    {
        var amount = Block("De boete bedraagt {amount} euro.", "L'amende s'élève à {amount} euros.");

        Assert.Equal(expected, ReasoningComposer.Compose([amount], language, Values));
    }

    [Fact]
    public void Compose_PlaceholderWithoutValue_IsLeftAsItIs()
    {
        var block = Block("Verweer ontvangen op {defenceReceived}.", "Défense reçue le {defenceReceived}.");

        Assert.Equal("Verweer ontvangen op {defenceReceived}.", ReasoningComposer.Compose([block], "nl", Values));
    }

    [Fact]
    public void Compose_NoBlocks_IsEmpty() =>
        Assert.Equal(string.Empty, ReasoningComposer.Compose([], "nl", Values));

    [Fact]
    public void Compose_SamePlaceholderTwice_FillsBoth() =>
        Assert.Equal("Jan Peeters / Jan Peeters", ReasoningComposer.Compose([Block("{offender} / {offender}", "{offender}")], "nl", Values));

    [Theory]
    [InlineData("offender")]
    [InlineData("factsDate")]
    [InlineData("factsTime")]
    [InlineData("place")]
    [InlineData("infraction")]
    [InlineData("article")]
    [InlineData("maximumFine")]
    [InlineData("amount")]
    [InlineData("noticeDate")]
    [InlineData("defenceDeadline")]
    [InlineData("defenceReceived")]
    [InlineData("priorDecision")]
    [InlineData("municipality")]
    public void Create_KnownPlaceholder_IsAccepted(string placeholder) =>
        Assert.True(ReasoningBlock.Create(Gent, ReasoningTopic.General, null, "Titel", $"Tekst {{{placeholder}}}.", $"Texte {{{placeholder}}}.", Now, "official").IsSuccess);

    [Fact]
    public void Create_UnknownPlaceholders_AreReportedPerLanguageOncePerName()
    {
        var created = ReasoningBlock.Create(
            Gent, ReasoningTopic.General, null, "Titel", "Beste {naam}, {naam} en {Offender}", "Cher {offender}, {montant}", Now, "official");

        Assert.True(created.IsFailure);
        Assert.Equal(
            [("UNKNOWN_PLACEHOLDER", "textNl"), ("UNKNOWN_PLACEHOLDER", "textNl"), ("UNKNOWN_PLACEHOLDER", "textFr")],
            created.Errors.Select(e => (e.Code, e.Field)));
        Assert.Contains("{naam}", created.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("{Offender}", created.Errors[1].Message, StringComparison.Ordinal); // names are case-sensitive
        Assert.Contains("{montant}", created.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InfractionBlockWithoutCode_IsRefused()
    {
        var created = ReasoningBlock.Create(Gent, ReasoningTopic.Infraction, "  ", "Zwerfvuil", "Tekst", "Texte", Now, "official");

        Assert.Equal(("INFRACTION_REQUIRED", "infractionCode"), (created.FirstError.Code, created.FirstError.Field));
    }

    [Fact]
    public void Create_ValidBlock_TrimsItsTexts()
    {
        var block = ReasoningBlock.Create(Gent, ReasoningTopic.Infraction, " LITTER ", " Zwerfvuil ", " Tekst {article} ", " Texte {article} ", Now, "official").Value;

        Assert.Equal(("LITTER", "Zwerfvuil", "Tekst {article}", "Texte {article}"), (block.InfractionCode, block.Title, block.TextNl, block.TextFr));
        Assert.Equal((Now, "official", false), (block.UpdatedAt, block.UpdatedBy, block.Retired));
    }

    [Fact]
    public void Change_UnknownPlaceholder_IsRefusedAndKeepsTheBlock()
    {
        var block = Block("Oude tekst {offender}", "Ancien texte {offender}");

        var changed = block.Change(ReasoningTopic.General, null, "Nieuw", "Nieuwe tekst {bedrag}", "Nouveau texte", Now.AddDays(1), "other");

        Assert.Equal(("UNKNOWN_PLACEHOLDER", "textNl"), (Assert.Single(changed.Errors).Code, changed.FirstError.Field));
        Assert.Equal(("Oude tekst {offender}", "Titel", Now, "official"), (block.TextNl, block.Title, block.UpdatedAt, block.UpdatedBy));
    }

    [Fact]
    public void Change_RetiredBlock_IsOfferedAgain()
    {
        var block = Block("Tekst", "Texte");
        block.Retire(Now, "official");

        var changed = block.Change(ReasoningTopic.Sanction, null, "Titel", "Nieuwe tekst {amount}", "Nouveau texte {amount}", Now.AddDays(1), "other");

        Assert.True(changed.IsSuccess);
        Assert.False(block.Retired);
        Assert.Equal((ReasoningTopic.Sanction, "Nieuwe tekst {amount}", "other"), (block.Topic, block.TextNl, block.UpdatedBy));
    }

    private static ReasoningBlock Block(string textNl, string textFr) =>
        ReasoningBlock.Create(Gent, ReasoningTopic.General, null, "Titel", textNl, textFr, Now, "official").Value;
}
