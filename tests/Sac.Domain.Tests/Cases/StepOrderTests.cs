using Sac.Domain.Cases;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>A step never comes before the step it answers: a mediation ends after its offer, a judgment follows the appeal.</summary>
public sealed class StepOrderTests
{
    [Theory]
    [InlineData("2025-03-03", false)] // the day before the offer
    [InlineData("2025-03-04", true)] // the day of the offer
    public void RecordMediationOutcome_DatedBeforeTheOffer_IsRefused(string endedOn, bool allowed)
    {
        var scenario = Open().MediationOffered("2025-03-04");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.RecordMediationOutcome(MediationOutcome.Failed, Date(endedOn), Noon("2025-03-10"), Official);

        Assert.Equal(allowed, result.IsSuccess);
        if (!allowed)
        {
            Assert.Equal(("BEFORE_OFFER", "endedOn"), (result.FirstError.Code, result.FirstError.Field));
            Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
        }
    }

    [Theory]
    [InlineData("2025-04-09", false)] // the day before the appeal was filed
    [InlineData("2025-04-10", true)] // the same day
    public void RecordAppealOutcome_DatedBeforeTheAppeal_IsRefused(string judgedOn, bool allowed)
    {
        var scenario = FineNotified().Appealed("2025-04-10");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.RecordAppealOutcome(AppealOutcome.Confirmed, Date(judgedOn), null, null, 30, Noon("2025-06-01"), Official);

        Assert.Equal(allowed, result.IsSuccess);
        if (!allowed)
        {
            Assert.Equal(("BEFORE_APPEAL", "judgedOn"), (result.FirstError.Code, result.FirstError.Field));
            Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
        }
    }
}
