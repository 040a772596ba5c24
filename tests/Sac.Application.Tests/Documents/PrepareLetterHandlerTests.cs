using Sac.Application.Documents;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Documents;

public sealed class PrepareLetterHandlerTests
{
    private readonly ProcedureHarness harness = new();

    [Fact]
    public async Task Notice_IsWrittenIntoThePostTray_WithoutChangingTheCase()
    {
        var litter = harness.Store(TestCases.Gent());
        var before = litter.Version;

        var result = await Handle(new PrepareLetterCommand(litter.Id, DocumentKind.Notice));

        var letter = Assert.Single(harness.Documents.Stored);
        Assert.Equal(letter.Id, result.Value);
        Assert.Equal(DocumentKind.Notice, letter.Kind);
        Assert.True(letter.AwaitsPosting);
        Assert.Null(letter.PostedOn);
        Assert.Equal("official@demo.sac", letter.CreatedBy);
        Assert.Equal(harness.Clock.GetUtcNow(), letter.CreatedAt);
        Assert.Matches(@"^44021-2025-000001-Notice-2025031\d{7}\.pdf$", letter.FileName);
        Assert.Equal("nl", letter.Language);
        var content = Assert.Single(harness.Renderer.Rendered);
        Assert.Equal(DocumentKind.Notice, content.Kind);
        Assert.Equal(new DateOnly(2025, 3, 10), content.LetterDate);
        Assert.Equal(CaseStatus.Registered, litter.Status);
        Assert.Equal(before, litter.Version);
        Assert.Contains(await harness.Documents.ListPostTrayAsync([DemoMunicipalities.GentNis], CancellationToken.None), d => d.Id == letter.Id);
    }

    [Fact]
    public async Task LetterDate_IsTodayInBrussels()
    {
        harness.SetNow("2025-03-10T23:30:00+00:00");
        var litter = harness.Store(TestCases.Gent());

        await Handle(new PrepareLetterCommand(litter.Id, DocumentKind.Notice));

        Assert.Equal(new DateOnly(2025, 3, 11), Assert.Single(harness.Renderer.Rendered).LetterDate);
    }

    [Fact]
    public async Task FrenchSpeakingOffender_TheLetterIsStoredAsFrench()
    {
        var litter = harness.Store(TestCases.Gent(offender: TestCases.Dubois()));

        await Handle(new PrepareLetterCommand(litter.Id, DocumentKind.Notice));

        Assert.Equal("fr", Assert.Single(harness.Documents.Stored).Language);
        Assert.Equal("fr", Assert.Single(harness.Renderer.Rendered).Language);
    }

    [Theory]
    [InlineData(DocumentKind.DefenceAttachment)]
    [InlineData(DocumentKind.EvidencePhoto)]
    public async Task ReceivedFile_NOT_A_LETTER_On_kind(DocumentKind kind)
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await Handle(new PrepareLetterCommand(litter.Id, kind));

        var error = Assert.Single(result.Errors);
        Assert.Equal("NOT_A_LETTER", error.Code);
        Assert.Equal("kind", error.Field);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task CaseOfAnotherMunicipality_Forbidden_AndNoLetter()
    {
        var litter = harness.Store(TestCases.Gent());

        var result = await Handle(new PrepareLetterCommand(litter.Id, DocumentKind.Notice), FakeCurrentUser.Outsider());

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Empty(harness.Documents.Stored);
    }

    [Fact]
    public async Task UnknownCase_NotFound()
    {
        var result = await Handle(new PrepareLetterCommand(Guid.NewGuid(), DocumentKind.Notice));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    private async Task<Result<Guid>> Handle(PrepareLetterCommand command, FakeCurrentUser? user = null)
    {
        harness.User = user ?? FakeCurrentUser.Official();
        return await new PrepareLetterHandler(harness.Loader, harness.Letters, harness.User, harness.Clock).Handle(command, CancellationToken.None);
    }
}
