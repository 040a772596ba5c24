using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Sac.Application.Documents;
using Sac.Application.Findings.RecordFinding;
using Sac.Application.Offenders;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Cases;
using Sac.Domain.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Tests.Findings;

public sealed class RecordFindingHandlerTests
{
    private readonly FakeCaseRepository cases = new();
    private readonly FakeCaseDocumentRepository documents = new();
    private readonly FakeMunicipalityRepository municipalities = new(DemoMunicipalities.Gent(), DemoMunicipalities.Brussel(), DemoMunicipalities.Liege());
    private readonly FakeCaseNumberSequence numbers = new();
    private readonly FakeTimeProvider clock = TestClock.At("2025-03-10T12:00:00+01:00");

    [Fact]
    public async Task Handle_NewFinding_OpensARegisteredCaseNumberedFromTheSequence()
    {
        var result = await Handle(FindingCommands.Litter());

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.Created);
        var opened = Assert.Single(cases.Added);
        Assert.Equal(result.Value.CaseId, opened.Id);
        Assert.Equal("44021-2025-000001", opened.Number);
        Assert.Equal(CaseStatus.Registered, opened.Status);
        Assert.Equal(DemoMunicipalities.GentNis, opened.MunicipalityNis);
        Assert.Equal("LITTER", opened.InfractionCode);
        Assert.Equal("finding-1", opened.ExternalId);
        Assert.Equal("finder@demo.sac", opened.RecordedBy);
    }

    [Fact]
    public async Task Handle_FindingOn2025_03_01_SetsTransmissionAndDecisionDeadlines()
    {
        var result = await Handle(FindingCommands.Litter());

        var opened = Assert.Single(cases.Added);
        Assert.True(result.IsSuccess);
        Assert.Equal(TestClock.Date("2025-05-01"), opened.Deadlines.Transmission);
        Assert.Equal(TestClock.Date("2025-09-01"), opened.Deadlines.Decision);
        Assert.Null(opened.Deadlines.Defence);
    }

    [Fact]
    public async Task Handle_WithoutFindingAt_TakesTheFactsInstant()
    {
        var result = await Handle(FindingCommands.Litter() with { FindingAt = null });

        Assert.True(result.IsSuccess);
        var opened = Assert.Single(cases.Added);
        Assert.Equal(opened.FactsAt, opened.FindingAt);
    }

    [Fact]
    public async Task Handle_SameExternalIdAndSameContent_AnswersTheSameCaseAndStoresNothing()
    {
        var first = await Handle(FindingCommands.Litter());

        var retry = await Handle(FindingCommands.Litter());

        Assert.True(retry.IsSuccess);
        Assert.False(retry.Value.Created);
        Assert.Equal(first.Value.CaseId, retry.Value.CaseId);
        Assert.Single(cases.Added);
        Assert.Equal(1, numbers.Calls);
    }

    [Fact]
    public async Task Handle_SameExternalIdAndSameInstantsSentWithAnotherOffset_IsStillTheSameFinding()
    {
        var first = await Handle(FindingCommands.Litter());
        var inUtc = FindingCommands.Litter() with
        {
            FactsAt = TestClock.Instant("2025-03-01T21:15:00Z"),
            FindingAt = TestClock.Instant("2025-03-01T23:20:00+02:00"),
        };

        var retry = await Handle(inUtc);

        Assert.True(retry.IsSuccess);
        Assert.False(retry.Value.Created);
        Assert.Equal(first.Value.CaseId, retry.Value.CaseId);
        Assert.Single(cases.Added);
    }

    [Fact]
    public async Task Handle_RetryThatSpellsOutTheDefaultFindingAt_IsStillTheSameFinding()
    {
        var facts = TestClock.Instant("2025-03-01T22:15:00+01:00");
        var first = await Handle(FindingCommands.Litter() with { FindingAt = null });

        var retry = await Handle(FindingCommands.Litter() with { FactsAt = facts, FindingAt = facts });

        Assert.False(retry.Value.Created);
        Assert.Equal(first.Value.CaseId, retry.Value.CaseId);
    }

    [Fact]
    public async Task Handle_SameExternalIdWithDifferentContent_EXTERNAL_ID_CONFLICT()
    {
        await Handle(FindingCommands.Litter());

        var result = await Handle(FindingCommands.Litter() with { InfractionCode = "URINATE" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("EXTERNAL_ID_CONFLICT", error.Code);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Single(cases.Added);
    }

    [Fact]
    public async Task Handle_SameExternalIdWithAnotherFactsInstant_EXTERNAL_ID_CONFLICT()
    {
        await Handle(FindingCommands.Litter());

        var result = await Handle(FindingCommands.Litter() with { FactsAt = TestClock.Instant("2025-03-01T22:16:00+01:00") });

        Assert.Equal("EXTERNAL_ID_CONFLICT", result.FirstError.Code);
    }

    [Fact]
    public async Task Handle_TwoFindingsWithDifferentExternalIds_OpenTwoCasesWithConsecutiveNumbers()
    {
        await Handle(FindingCommands.Litter("finding-1"));
        await Handle(FindingCommands.Litter("finding-2"));

        Assert.Equal(["44021-2025-000001", "44021-2025-000002"], cases.Added.Select(c => c.Number));
    }

    [Fact]
    public async Task Handle_UnknownMunicipality_ValidationErrorOn_municipality()
    {
        var result = await Handle(FindingCommands.Litter() with { Municipality = "99999" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal("municipality", error.Field);
        Assert.Equal("UNKNOWN_MUNICIPALITY", error.Code);
        Assert.Empty(cases.Added);
    }

    [Fact]
    public async Task Handle_UnknownInfraction_ValidationErrorOn_infractionCode()
    {
        var result = await Handle(FindingCommands.Litter() with { InfractionCode = "JAYWALKING" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal("infractionCode", error.Field);
        Assert.Equal("UNKNOWN_INFRACTION", error.Code);
        Assert.Empty(cases.Added);
    }

    [Fact]
    public async Task Handle_MunicipalityTheUserDoesNotBelongTo_Forbidden()
    {
        var result = await Handle(FindingCommands.Litter(), FakeCurrentUser.Outsider());

        Assert.Equal(ErrorKind.Forbidden, Assert.Single(result.Errors).Kind);
        Assert.Empty(cases.Added);
    }

    [Fact]
    public async Task Handle_FactsInTheFuture_ErrorOn_factsAt()
    {
        var result = await Handle(FindingCommands.Litter() with
        {
            FactsAt = TestClock.Instant("2025-03-10T12:30:00+01:00"),
            FindingAt = TestClock.Instant("2025-03-10T12:30:00+01:00"),
        });

        Assert.True(result.IsFailure);
        Assert.Contains(result.Errors, e => e.Field == "factsAt" && e.Kind == ErrorKind.Validation);
        Assert.Empty(cases.Added);
    }

    [Fact]
    public async Task Handle_FindingBeforeTheFacts_ErrorOn_findingAt()
    {
        var result = await Handle(FindingCommands.Litter() with { FindingAt = TestClock.Instant("2025-03-01T22:00:00+01:00") });

        var error = Assert.Single(result.Errors);
        Assert.Equal("findingAt", error.Field);
        Assert.Equal("FINDING_BEFORE_FACTS", error.Code);
    }

    [Fact]
    public async Task Handle_UnderAgeOffender_IsNotAnError_TheCaseIsCreated()
    {
        var child = new OffenderInput("Person", LastName: "Peeters", FirstName: "Lotte", BirthDate: new DateOnly(2013, 5, 1), Language: "nl");

        var result = await Handle(FindingCommands.Litter() with { Offender = child });

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.Created);
        Assert.Equal(new DateOnly(2013, 5, 1), Assert.Single(cases.Added).Offender.BirthDate);
    }

    [Fact]
    public async Task Handle_ParkingByAVehicle_IsCreated()
    {
        var result = await Handle(FindingCommands.Litter() with
        {
            InfractionCode = "PARK-PROHIBITED",
            Offender = new OffenderInput("Vehicle", Plate: "1-abc-123", Country: "be"),
        });

        Assert.True(result.IsSuccess);
        var opened = Assert.Single(cases.Added);
        Assert.Equal("1ABC123", opened.Offender.Plate);
        Assert.Equal("BE", opened.Offender.PlateCountry);
    }

    [Fact]
    public async Task Handle_FindingWithPhotos_KeepsEachAsEvidenceWithItsDigest_UnderItsPlainName()
    {
        var jpeg = SampleFiles.Jpeg(40);
        var png = SampleFiles.Png(50);

        var result = await Handle(FindingCommands.Litter() with
        {
            Photos = [new UploadedFile("../../etc/blikje.jpg", "image/jpeg", jpeg), new UploadedFile("C:\\foto's\\straat.png", "IMAGE/PNG", png)],
        });

        Assert.True(result.IsSuccess);
        Assert.Collection(
            documents.Stored,
            photo => Assert.Equal(("blikje.jpg", "image/jpeg", Sha256(jpeg), 40L), (photo.FileName, photo.ContentType, photo.Sha256, photo.Size)),
            photo => Assert.Equal(("straat.png", "image/png", Sha256(png), 50L), (photo.FileName, photo.ContentType, photo.Sha256, photo.Size)));
        Assert.All(documents.Stored, photo => Assert.Equal(
            (DocumentKind.EvidencePhoto, result.Value.CaseId, DemoMunicipalities.GentNis, "finder@demo.sac"), (photo.Kind, photo.CaseId, photo.MunicipalityNis, photo.CreatedBy)));
    }

    [Fact]
    public async Task Handle_RetryWithTheSamePhotos_KeepsThemOnce()
    {
        var finding = FindingCommands.Litter() with { Photos = [new UploadedFile("blikje.jpg", "image/jpeg", SampleFiles.Jpeg())] };
        await Handle(finding);

        var retry = await Handle(finding with { Photos = [new UploadedFile("blikje.jpg", "image/jpeg", SampleFiles.Jpeg())] });

        Assert.False(retry.Value.Created);
        Assert.Single(documents.Stored);
    }

    [Fact]
    public async Task Handle_SameExternalIdWithOtherPhotos_EXTERNAL_ID_CONFLICT_AndNoPhotoKept()
    {
        await Handle(FindingCommands.Litter() with { Photos = [new UploadedFile("blikje.jpg", "image/jpeg", SampleFiles.Jpeg(20))] });

        var result = await Handle(FindingCommands.Litter() with { Photos = [new UploadedFile("blikje.jpg", "image/jpeg", SampleFiles.Jpeg(21))] });

        Assert.Equal("EXTERNAL_ID_CONFLICT", Assert.Single(result.Errors).Code);
        Assert.Single(documents.Stored);
    }

    [Fact]
    public async Task Handle_RetryWithAnEmptyPhotoList_IsTheSameFindingAsWithout()
    {
        await Handle(FindingCommands.Litter());

        var retry = await Handle(FindingCommands.Litter() with { Photos = [] });

        Assert.False(retry.Value.Created);
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private async Task<Result<RecordFindingOutcome>> Handle(RecordFindingCommand command, FakeCurrentUser? user = null)
    {
        var handler = new RecordFindingHandler(user ?? FakeCurrentUser.Finder(), cases, documents, municipalities, numbers, new FakeDeviceRepository(), clock);
        return await handler.Handle(command, CancellationToken.None);
    }
}
