using Sac.Application.Audit;
using Sac.Application.Cases.ChangesSince;
using Sac.Application.Common;
using Sac.Application.Tests.Audit;
using Sac.Application.Tests.Fakes;
using Sac.Domain.Audit;
using Sac.Domain.Cases;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Cases;

/// <summary>What was done to a case after the version a stale page showed: the steps whose audit entry made a later version.</summary>
public sealed class GetCaseChangesSinceHandlerTests
{
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly DateTimeOffset Opened = new(2025, 3, 1, 22, 15, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task TheStepsAfterTheVersion_OldestFirst_WithTheirAuthor()
    {
        var reads = Trail(
            Line(1, AuditAction.CaseCreated, "finder@demo.sac", null, """{"status":"Registered","version":1}"""),
            Line(2, CaseEvent.NoticeSent, "official@demo.sac", """{"status":"Registered","version":1}""", """{"status":"NoticeSent","version":2}"""),
            Line(3, AuditAction.CaseChanged, "admin@demo.sac", null, """{"changed":["description"]}"""),
            Line(4, CaseEvent.DefenceReceived, "admin@demo.sac", """{"version":2}""", """{"version":3}"""));

        var changes = await new GetCaseChangesSinceHandler(FakeCurrentUser.Official(), reads).Handle(new GetCaseChangesSinceQuery(CaseId, 1), CancellationToken.None);

        Assert.Equal(
            [new CaseChange(Opened.AddHours(2), CaseEvent.NoticeSent, "official@demo.sac"), new CaseChange(Opened.AddHours(4), CaseEvent.DefenceReceived, "admin@demo.sac")],
            changes.Value);
    }

    [Fact]
    public async Task TheCurrentVersion_HasNoChanges()
    {
        var reads = Trail(
            Line(1, AuditAction.CaseCreated, "finder@demo.sac", null, """{"status":"Registered","version":1}"""),
            Line(2, CaseEvent.NoticeSent, "official@demo.sac", """{"status":"Registered","version":1}""", """{"status":"NoticeSent","version":2}"""));

        var changes = await new GetCaseChangesSinceHandler(FakeCurrentUser.Official(), reads).Handle(new GetCaseChangesSinceQuery(CaseId, 2), CancellationToken.None);

        Assert.Empty(changes.Value);
    }

    [Fact]
    public async Task ACaseOfAnotherMunicipality_IsNotFound()
    {
        var reads = Trail(Line(1, AuditAction.CaseCreated, "finder@demo.sac", null, """{"status":"Registered","version":1}"""));

        var changes = await new GetCaseChangesSinceHandler(FakeCurrentUser.Outsider(), reads).Handle(new GetCaseChangesSinceQuery(CaseId, 1), CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, changes.FirstError.Kind);
    }

    private static FakeAuditReadService Trail(params AuditLine[] lines)
    {
        var reads = new FakeAuditReadService();
        reads.CaseLines.AddRange(lines);
        return reads;
    }

    private static AuditLine Line(long id, string action, string user, string? before, string? after) => new(
        id, Opened.AddHours(id), user, Roles.SanctioningOfficial, action, "44021", AuditSubject.Case, CaseId.ToString(), "44021-2025-000001", before, after);
}
