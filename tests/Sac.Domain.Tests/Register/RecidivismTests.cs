using Sac.Domain.LegalRegimes;
using Sac.Domain.Register;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Register;

public sealed class RecidivismTests
{
    [Fact]
    public void FindPrior_EarlierSanctionForAnotherInfraction_IsNull() // S04
    {
        PriorSanction[] history = [Prior("GRAFFITI", "2024-06-01")];

        Assert.Null(Recidivism.FindPrior(history, "DUMPING", Date("2025-01-15"), Regime));
    }

    [Fact]
    public void FindPrior_EarlierSanctionForTheSameInfraction_ReturnsIt()
    {
        var graffiti = Prior("GRAFFITI", "2024-06-01");

        Assert.Same(graffiti, Recidivism.FindPrior([Prior("DUMPING", "2024-12-01"), graffiti], "GRAFFITI", Date("2025-01-15"), Regime));
    }

    [Fact]
    public void FindPrior_EmptyHistory_IsNull() =>
        Assert.Null(Recidivism.FindPrior([], "LITTER", Date("2025-01-15"), Regime));

    [Theory]
    [InlineData("2025-01-15", "2023-01-14", false)] // one day before the window
    [InlineData("2025-01-15", "2023-01-15", true)] // exactly 24 months before the finding
    [InlineData("2025-01-15", "2023-01-16", true)]
    [InlineData("2025-01-15", "2025-01-14", true)] // the day before the finding
    [InlineData("2025-01-15", "2025-01-15", false)] // on the finding date itself
    [InlineData("2025-01-15", "2025-01-16", false)] // after the finding
    [InlineData("2026-02-28", "2024-02-27", false)]
    [InlineData("2026-02-28", "2024-02-28", true)]
    [InlineData("2026-02-28", "2024-02-29", true)]
    [InlineData("2026-03-01", "2024-02-29", false)]
    [InlineData("2026-03-01", "2024-03-01", true)]
    [InlineData("2024-02-29", "2022-02-27", false)]
    [InlineData("2024-02-29", "2022-02-28", true)] // no 29 February in 2022: the window starts on the 28th
    public void FindPrior_DecisionAroundTheWindow_CountsOnlyInsideIt(string finding, string decidedOn, bool counts)
    {
        var prior = Recidivism.FindPrior([Prior("LITTER", decidedOn)], "LITTER", Date(finding), Regime);

        Assert.Equal(counts, prior is not null);
    }

    [Fact]
    public void FindPrior_DecisionNotFinal_IsIgnored() =>
        Assert.Null(Recidivism.FindPrior([Prior("LITTER", "2024-06-01", final: false)], "LITTER", Date("2025-01-15"), Regime));

    [Theory]
    [InlineData(SanctionKind.Fine, true)]
    [InlineData(SanctionKind.CommunityService, true)]
    [InlineData(SanctionKind.Mediation, true)]
    [InlineData(SanctionKind.NoSanction, false)]
    public void FindPrior_KindOfDecision_CountsUnlessNoSanction(SanctionKind kind, bool counts)
    {
        var prior = Recidivism.FindPrior([Prior("LITTER", "2024-06-01", kind)], "LITTER", Date("2025-01-15"), Regime);

        Assert.Equal(counts, prior is not null);
    }

    [Fact]
    public void FindPrior_SeveralPriors_ReturnsTheMostRecentCountingOne()
    {
        var older = Prior("LITTER", "2023-05-01");
        var mostRecent = Prior("LITTER", "2024-11-30");
        PriorSanction[] history =
        [
            older,
            mostRecent,
            Prior("LITTER", "2024-12-15", final: false),
            Prior("LITTER", "2024-12-20", SanctionKind.NoSanction),
            Prior("LITTER", "2025-01-15"),
            Prior("GRAFFITI", "2025-01-10"),
            Prior("LITTER", "2024-06-01"),
        ];

        Assert.Same(mostRecent, Recidivism.FindPrior(history, "LITTER", Date("2025-01-15"), Regime));
    }

    [Fact]
    public void FindPrior_RegimeWithAnotherWindow_UsesTheRegimeData()
    {
        var twelveMonths = Regime with { RecidivismWindowMonths = 12 };
        PriorSanction[] history = [Prior("LITTER", "2024-01-14")];

        Assert.Null(Recidivism.FindPrior(history, "LITTER", Date("2025-01-15"), twelveMonths));
        Assert.NotNull(Recidivism.FindPrior(history, "LITTER", Date("2025-01-14"), twelveMonths));
    }

    private static LegalRegime Regime => LegalRegimeHistory.On(Date("2025-01-15"))!;
}
