using Sac.Application.Documents;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Documents;

public sealed class GetDocumentHandlerTests
{
    private readonly ProcedureHarness harness = new();

    [Fact]
    public async Task OwnDocument_WithItsContent()
    {
        var letter = await PrepareAsync(TestCases.Gent());

        var result = await new GetDocumentHandler(harness.Documents, FakeCurrentUser.Official()).Handle(new GetDocumentQuery(letter.Id), CancellationToken.None);

        Assert.Same(letter, result.Value);
    }

    [Fact]
    public async Task DocumentOfAnotherMunicipality_NotFound()
    {
        var letter = await PrepareAsync(TestCases.Gent());

        var result = await new GetDocumentHandler(harness.Documents, FakeCurrentUser.Outsider()).Handle(new GetDocumentQuery(letter.Id), CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task PostTray_TheLettersAwaitingPostingInTheUsersMunicipalities()
    {
        var gent = await PrepareAsync(TestCases.Gent());
        var posted = await PrepareAsync(TestCases.Gent());
        posted.MarkPosted(new DateOnly(2025, 3, 10), "official@demo.sac");
        await PrepareAsync(TestCases.Open(DemoMunicipalities.Antwerpen(), "LITTER", TestCases.FactsAt));

        var tray = (await new GetPostTrayHandler(harness.Documents, FakeCurrentUser.Official()).Handle(new GetPostTrayQuery(), CancellationToken.None)).Value;

        Assert.Equal([gent.Id], tray.Select(d => d.Id));
    }

    private async Task<CaseDocument> PrepareAsync(Sac.Domain.Cases.Case of)
    {
        harness.Store(of);
        return harness.Letters.Prepare((await harness.Loader.LoadForSystemAsync(of.Id, harness.Today, CancellationToken.None))!, DocumentKind.Notice, "clerk@demo.sac");
    }
}
