using Microsoft.Extensions.Time.Testing;
using Sac.Application.Cases.CloseCase;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Cases;

public sealed class CloseCaseHandlerTests
{
    private readonly ProcedureHarness harness = new();
    private readonly Case litter;

    public CloseCaseHandlerTests() => litter = harness.Store(TestCases.Open(DemoMunicipalities.Gent(), "LITTER", "2025-03-01T22:15:00+01:00"));

    [Fact]
    public async Task Handle_OwnRegisteredCase_ClosesIt()
    {
        var result = await Handle(new CloseCaseCommand(litter.Id, CloseReason.NoSanction, "Warning given.", ExpectedVersion: 1));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, litter.Status);
        Assert.Equal(CloseReason.NoSanction, litter.CloseReason);
        Assert.Equal(2, litter.Version);
        var closed = litter.Timeline[^1];
        Assert.Equal(CaseEvent.CaseClosed, closed.Type);
        Assert.Equal("official@demo.sac", closed.By);
        Assert.Equal(harness.Clock.GetUtcNow(), closed.At);
    }

    [Fact]
    public async Task Handle_WithoutExpectedVersion_ClosesIt()
    {
        var result = await Handle(new CloseCaseCommand(litter.Id, CloseReason.NotSanctionable, null, ExpectedVersion: null));

        Assert.True(result.IsSuccess);
        Assert.Equal(CaseStatus.Closed, litter.Status);
    }

    [Fact]
    public async Task Handle_StaleExpectedVersion_STALE_VERSION_ConflictAndNothingChanges()
    {
        var result = await Handle(new CloseCaseCommand(litter.Id, CloseReason.NoSanction, null, ExpectedVersion: 0));

        var error = Assert.Single(result.Errors);
        Assert.Equal("STALE_VERSION", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(CaseStatus.Registered, litter.Status);
        Assert.Equal(1, litter.Version);
    }

    [Fact]
    public async Task Handle_CaseOfAnotherMunicipality_Forbidden()
    {
        var result = await Handle(new CloseCaseCommand(litter.Id, CloseReason.NoSanction, null, 1), FakeCurrentUser.Outsider());

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Equal(CaseStatus.Registered, litter.Status);
    }

    [Fact]
    public async Task Handle_UnknownCase_NotFound()
    {
        var result = await Handle(new CloseCaseCommand(Guid.NewGuid(), CloseReason.NoSanction, null, 1));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task Handle_AlreadyClosed_INVALID_STATE()
    {
        await Handle(new CloseCaseCommand(litter.Id, CloseReason.NoSanction, null, 1));

        var result = await Handle(new CloseCaseCommand(litter.Id, CloseReason.NoSanction, null, 2));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Handle_ReasonOnlyTheProcedureSets_INVALID_CLOSE_REASON()
    {
        var result = await Handle(new CloseCaseCommand(litter.Id, CloseReason.Annulled, null, 1));

        Assert.Equal("INVALID_CLOSE_REASON", Assert.Single(result.Errors).Code);
        Assert.Equal(CaseStatus.Registered, litter.Status);
    }

    [Fact]
    public async Task Handle_PaidBeforeAnyPayment_INVALID_STATE()
    {
        var result = await Handle(new CloseCaseCommand(litter.Id, CloseReason.Paid, null, 1));

        Assert.Equal("INVALID_STATE", Assert.Single(result.Errors).Code);
        Assert.Equal(CaseStatus.Registered, litter.Status);
    }

    private async Task<Result> Handle(CloseCaseCommand command, FakeCurrentUser? user = null)
    {
        harness.User = user ?? FakeCurrentUser.Official();
        return await new CloseCaseHandler(harness.Services).Handle(command, CancellationToken.None);
    }
}
