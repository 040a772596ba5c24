using Sac.Application.Documents;
using Sac.Application.Tests.TestData;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Documents;

/// <summary>
/// A letter speaks of something the case must have: no payment letter before a fine is owed, no decision letter before
/// a decision. Such a letter is refused, never rendered or stored.
/// </summary>
public sealed class PrepareLetterWithoutItsSubjectTests
{
    private readonly ProcedureHarness harness = new();

    [Theory]
    [InlineData(DocumentKind.PaymentInvitation)]
    [InlineData(DocumentKind.PaymentReminder)]
    [InlineData(DocumentKind.Decision)]
    public async Task LetterAboutWhatTheCaseDoesNotHaveYet_IsRefused_NotRenderedOrStored(DocumentKind kind)
    {
        var litter = harness.Store(TestCases.Gent().WithNotice());

        var result = await new PrepareLetterHandler(harness.Loader, harness.Letters, harness.User, harness.Clock)
            .Handle(new PrepareLetterCommand(litter.Id, kind), CancellationToken.None);

        Assert.True(result.IsFailure);
        Assert.Empty(harness.Renderer.Rendered);
        Assert.Empty(harness.Documents.Stored);
    }
}
