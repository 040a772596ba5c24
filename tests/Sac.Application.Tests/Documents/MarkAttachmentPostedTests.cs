using Sac.Application.Cases.Steps;
using Sac.Application.Documents;
using Sac.Application.Tests.TestData;

namespace Sac.Application.Tests.Documents;

/// <summary>A defence attachment is no letter: marking it as posted is refused as NOT_A_LETTER, not as already posted.</summary>
public sealed class MarkAttachmentPostedTests
{
    [Fact]
    public async Task DefenceAttachment_IsNotAnsweredAsAlreadyPosted()
    {
        var harness = new ProcedureHarness("2025-03-20T12:00:00+01:00");
        var litter = harness.Store(TestCases.Gent().WithNotice());
        await new RegisterDefenceHandler(harness.Services, harness.Documents).Handle(
            new RegisterDefenceCommand(litter.Id, new DateOnly(2025, 3, 20), "Verweer.", [new UploadedFile("foto.jpg", "image/jpeg", SampleFiles.Jpeg())]),
            CancellationToken.None);
        var attachment = Assert.Single(harness.Documents.Stored);

        var result = await new MarkLetterPostedHandler(harness.Documents, harness.Loader, harness.PostedLetters, harness.User, harness.Clock)
            .Handle(new MarkLetterPostedCommand(attachment.Id, new DateOnly(2025, 3, 21), null), CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("NOT_A_LETTER", error.Code);
        Assert.Null(attachment.PostedOn);
    }
}
