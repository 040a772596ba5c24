using Sac.Domain.Cases;
using static Sac.Domain.Tests.TestData.Build;

namespace Sac.Domain.Tests.Cases;

public sealed class CaseCloseWithoutSanctionTests
{
    private static readonly DateTimeOffset Opened = Instant("2025-03-02T10:00:00+01:00");
    private static readonly DateTimeOffset Later = Instant("2025-03-10T09:00:00+01:00");

    [Theory]
    [InlineData(CloseReason.NotSanctionable)]
    [InlineData(CloseReason.NoSanction)]
    [InlineData(CloseReason.TimeBarred)]
    [InlineData(CloseReason.Prosecuted)]
    [InlineData(CloseReason.MediationSucceeded)]
    public void CloseWithoutSanction_RegisteredCaseWithoutSanctionReason_ClosesIt(CloseReason reason)
    {
        var registered = Registered();

        var result = registered.Close(reason, null, Later, "official@demo.sac");

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, registered.Status);
        Assert.Equal(reason, registered.CloseReason);
        Assert.Equal(2, registered.Version);
        Assert.Equal(2, registered.Timeline.Count);
        Assert.Equal(new CaseEvent(Later, CaseEvent.CaseClosed, "official@demo.sac", reason.ToString()), registered.Timeline[^1]);
    }

    [Fact]
    public void CloseWithoutSanction_WithNote_KeepsTheTrimmedNoteInTheTimeline()
    {
        var registered = Registered();

        registered.Close(CloseReason.NotSanctionable, "  13 jaar op de feiten ", Later, "official");

        Assert.Equal("NotSanctionable: 13 jaar op de feiten", registered.Timeline[^1].Detail);
    }

    [Theory]
    [InlineData(CloseReason.Paid, "INVALID_STATE")] // only from Paid
    [InlineData(CloseReason.Annulled, "INVALID_CLOSE_REASON")] // only the appeal's outcome annuls
    [InlineData(CloseReason.CommunityServicePerformed, "INVALID_CLOSE_REASON")]
    public void Close_ReasonNotPossibleBeforeADecision_IsRefusedAndChangesNothing(CloseReason reason, string code)
    {
        var registered = Registered();

        var error = Assert.Single(registered.Close(reason, null, Later, "official").Errors);

        Assert.Equal(code, error.Code);
        Assert.Equal(CaseStatus.Registered, registered.Status);
        Assert.Null(registered.CloseReason);
        Assert.Equal(1, registered.Version);
        Assert.Single(registered.Timeline);
    }

    [Fact]
    public void CloseWithoutSanction_AlreadyClosed_IsRefusedAndChangesNothing()
    {
        var closed = Registered();
        closed.Close(CloseReason.TimeBarred, null, Later, "official");

        var error = Assert.Single(closed.Close(CloseReason.NoSanction, null, Later.AddDays(1), "official").Errors);

        Assert.Equal("INVALID_STATE", error.Code);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CloseReason.TimeBarred, closed.CloseReason);
        Assert.Equal(2, closed.Version);
        Assert.Equal(2, closed.Timeline.Count);
    }

    private static Case Registered() => Case.Open(Intake("2025-03-01T22:15:00+01:00"), "44021-2025-000001", Opened, "finder").Value;
}
