using Sac.Domain.Cases;

namespace Sac.Domain.Tests.Cases;

public sealed class CaseTransitionsTests
{
    public static TheoryData<CaseStatus> EveryStatus => [.. Enum.GetValues<CaseStatus>()];

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void From_EveryStatus_IsInTheTable(CaseStatus status)
    {
        var successors = CaseTransitions.From(status);

        Assert.DoesNotContain(status, successors);
        Assert.Equal(successors.Distinct().Count(), successors.Count);
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void IsAllowed_EveryStatusButClosed_MayBeClosed(CaseStatus status) =>
        Assert.Equal(status != CaseStatus.Closed, CaseTransitions.IsAllowed(status, CaseStatus.Closed));

    [Fact]
    public void From_Closed_HasNoSuccessors() =>
        Assert.Empty(CaseTransitions.From(CaseStatus.Closed));

    [Fact]
    public void From_Registered_ReachesEveryStatus()
    {
        var reached = new HashSet<CaseStatus> { CaseStatus.Registered };
        var toVisit = new Queue<CaseStatus>(reached);
        while (toVisit.TryDequeue(out var status))
        {
            foreach (var next in CaseTransitions.From(status).Where(reached.Add))
            {
                toVisit.Enqueue(next);
            }
        }

        Assert.Equal(Enum.GetValues<CaseStatus>().Order(), reached.Order());
    }

    [Theory]
    [InlineData(CaseStatus.Registered, CaseStatus.ReportedToProsecutor)]
    [InlineData(CaseStatus.Registered, CaseStatus.NoticeSent)]
    [InlineData(CaseStatus.MediationOffered, CaseStatus.Decided)]
    [InlineData(CaseStatus.NoticeSent, CaseStatus.Decided)]
    [InlineData(CaseStatus.Decided, CaseStatus.DecisionNotified)]
    [InlineData(CaseStatus.DecisionNotified, CaseStatus.Appealed)]
    [InlineData(CaseStatus.DecisionNotified, CaseStatus.Enforceable)]
    [InlineData(CaseStatus.Enforceable, CaseStatus.Paid)]
    [InlineData(CaseStatus.PaymentReminded, CaseStatus.InCollection)]
    [InlineData(CaseStatus.Paid, CaseStatus.Closed)]
    public void IsAllowed_StepOfTheProcedure_IsAllowed(CaseStatus from, CaseStatus to) =>
        Assert.True(CaseTransitions.IsAllowed(from, to));

    [Theory]
    [InlineData(CaseStatus.Registered, CaseStatus.Registered)]
    [InlineData(CaseStatus.Registered, CaseStatus.Paid)]
    [InlineData(CaseStatus.Decided, CaseStatus.Registered)]
    [InlineData(CaseStatus.Decided, CaseStatus.Enforceable)] // not before notification
    [InlineData(CaseStatus.Paid, CaseStatus.Enforceable)]
    [InlineData(CaseStatus.Closed, CaseStatus.Registered)]
    [InlineData(CaseStatus.Closed, CaseStatus.Closed)]
    public void IsAllowed_SkipOrStepBack_IsForbidden(CaseStatus from, CaseStatus to) =>
        Assert.False(CaseTransitions.IsAllowed(from, to));

    [Theory]
    [InlineData(CaseStatus.Registered, true)]
    [InlineData(CaseStatus.ReadyForDecision, true)]
    [InlineData(CaseStatus.Decided, false)]
    [InlineData(CaseStatus.Paid, false)]
    [InlineData(CaseStatus.Closed, false)]
    public void BeforeDecision_Status_IsOnlyTheStatusesBeforeADecision(CaseStatus status, bool before) =>
        Assert.Equal(before, CaseTransitions.BeforeDecision.Contains(status));
}
