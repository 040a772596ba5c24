using Sac.Domain.Cases;
using Sac.Domain.Decisions;
using Sac.Domain.Tests.TestData;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.Cases;

/// <summary>
/// The minors' procedure before any sanction (gas-law.md §0b Minors, §3.3, §5 T4): the parental-involvement
/// letter and the request for a lawyer are for minors only, once each. The minor is 15 at the facts of 2025-03-01.
/// </summary>
public sealed class CaseMinorsTests
{
    [Fact]
    public void InformParents_Minor_RecordsTheLetter()
    {
        var scenario = Open(offender: Minor());

        var result = scenario.Case.InformParents(Date("2025-03-04"), scenario.AssessOn("2025-03-04").IsMinor, Noon("2025-03-05"), Official);

        Assert.True(result.IsSuccess);
        var informed = scenario.Case;
        Assert.Equal(CaseStatus.ParentsInformed, informed.Status);
        Assert.Equal(Date("2025-03-04"), informed.ParentsInformedOn);
        Assert.Equal(2, informed.Version);
        Assert.Equal(new CaseEvent(Noon("2025-03-05"), CaseEvent.ParentsInformed, Official, "2025-03-04"), informed.Timeline[^1]);
        Assert.Equal(2, informed.Timeline.Count);
    }

    [Fact]
    public void InformParents_Adult_IsRefusedAndChangesNothing()
    {
        var scenario = Open(offender: PersonBornOn("2007-03-01")); // 18 on the day of the facts
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.InformParents(Date("2025-03-04"), scenario.AssessOn("2025-03-04").IsMinor, Noon("2025-03-04"), Official);

        Assert.Equal("MINORS_ONLY", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void InformParents_Twice_IsRefusedAndChangesNothing()
    {
        var scenario = Open(offender: Minor()).ParentsInformed("2025-03-04");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.InformParents(Date("2025-03-06"), isMinor: true, Noon("2025-03-06"), Official);

        Assert.Equal("ALREADY_DONE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void RequestLawyer_Minor_IsRecordedWithoutChangingTheStatus()
    {
        var scenario = Open(offender: Minor()).ParentsInformed("2025-03-04");

        var result = scenario.Case.RequestLawyer(Date("2025-03-05"), "  Balie Gent, jeugdrecht ", scenario.AssessOn("2025-03-05").IsMinor, Noon("2025-03-05"), Official);

        Assert.True(result.IsSuccess);
        var requested = scenario.Case;
        Assert.Equal(CaseStatus.ParentsInformed, requested.Status);
        Assert.Equal(Date("2025-03-05"), requested.LawyerRequestedOn);
        Assert.Equal(3, requested.Version);
        Assert.Equal(3, requested.Timeline.Count);
        Assert.Equal((CaseEvent.LawyerRequested, "2025-03-05: Balie Gent, jeugdrecht"), (requested.Timeline[^1].Type, requested.Timeline[^1].Detail));
    }

    [Fact]
    public void RequestLawyer_Adult_IsRefusedAndChangesNothing()
    {
        var scenario = Open();
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.RequestLawyer(Date("2025-03-05"), null, scenario.AssessOn("2025-03-05").IsMinor, Noon("2025-03-05"), Official);

        Assert.Equal("MINORS_ONLY", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void RequestLawyer_Twice_IsRefusedAndChangesNothing()
    {
        var scenario = Open(offender: Minor()).LawyerRequested("2025-03-05");
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.RequestLawyer(Date("2025-03-07"), "tweede vraag", isMinor: true, Noon("2025-03-07"), Official);

        Assert.Equal("ALREADY_DONE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }

    [Fact]
    public void RequestLawyer_AfterTheDecision_IsRefusedAndChangesNothing()
    {
        var scenario = Open(offender: Minor())
            .MediationOffered("2025-03-03")
            .MediationEnded(MediationOutcome.Refused, "2025-03-05")
            .Noticed("2025-03-10") // deemed received Thu 03-13, defence until Fri 03-28
            .Decided(DecisionKind.Fine, "2025-03-31", amount: 100m);
        var before = CaseSnapshot.Of(scenario.Case);

        var result = scenario.Case.RequestLawyer(Date("2025-04-01"), null, isMinor: true, Noon("2025-04-01"), Official);

        Assert.Equal("INVALID_STATE", result.FirstError.Code);
        Assert.Equal(before, CaseSnapshot.Of(scenario.Case));
    }
}
