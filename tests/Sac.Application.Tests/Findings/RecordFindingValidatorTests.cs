using FluentValidation.TestHelper;
using Sac.Application.Documents;
using Sac.Application.Findings.RecordFinding;
using Sac.Application.Offenders;
using Sac.Application.Tests.Common;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Findings;

public sealed class RecordFindingValidatorTests
{
    private static readonly Result<RecordFindingOutcome> Handled = new RecordFindingOutcome(Guid.NewGuid(), Created: true);

    private readonly ValidationPipeline<RecordFindingCommand, Result<RecordFindingOutcome>> pipeline = new(new RecordFindingValidator(), Handled);

    private static RecordFindingCommand Valid => FindingCommands.Litter();

    [Fact]
    public async Task A_valid_command_reaches_the_handler()
    {
        var result = await pipeline.Send(Valid);

        Assert.Same(Handled, result);
        Assert.Equal(1, pipeline.HandlerCalls);
    }

    [Fact]
    public async Task Invalid_command_does_not_reach_the_handler_and_errors_are_validation_errors()
    {
        var result = await pipeline.Send(Valid with { Municipality = "4402", FactsAt = null });

        Assert.True(result.IsFailure);
        Assert.Equal(0, pipeline.HandlerCalls);
        Assert.All(result.Errors, e => Assert.Equal(ErrorKind.Validation, e.Kind));
    }

    [Fact]
    public async Task Municipality_NotFiveDigits_IsReportedOn_municipality()
    {
        var result = await pipeline.Send(Valid with { Municipality = "4402" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("municipality", error.Field);
        Assert.Equal("NIS_FORMAT", error.Code);
    }

    [Fact]
    public async Task FactsAt_Missing_IsReportedOn_factsAt()
    {
        var result = await pipeline.Send(Valid with { FactsAt = null });

        Assert.Equal(["factsAt"], Fields(result));
    }

    [Fact]
    public async Task InfractionCode_Missing_IsReportedOn_infractionCode()
    {
        var result = await pipeline.Send(Valid with { InfractionCode = "" });

        Assert.Equal(["infractionCode"], Fields(result));
    }

    [Fact]
    public async Task Person_WithNeitherNumberNorNames_IsReportedOnEachMissingField()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Person", Language: "nl") });

        Assert.Equal(["offender.birthDate", "offender.firstName", "offender.lastName"], Fields(result));
    }

    [Fact]
    public async Task Person_WithNamesAndBirthDateButNoNumber_IsValid()
    {
        var result = await pipeline.Send(Valid with { Offender = FindingCommands.Peeters() with { NationalRegisterNumber = null } });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Person_WithOnlyAValidNumber_IsValid()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Person", FindingCommands.ValidNationalRegisterNumber) });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task NationalRegisterNumber_WithWrongCheckDigits_IsReportedOn_offender_nationalRegisterNumber()
    {
        var result = await pipeline.Send(Valid with { Offender = FindingCommands.Peeters() with { NationalRegisterNumber = "88022999991" } });

        var error = Assert.Single(result.Errors);
        Assert.Equal("offender.nationalRegisterNumber", error.Field);
        Assert.Equal("NRN_INVALID", error.Code);
    }

    [Fact]
    public async Task NumberAndBirthDate_Disagree_BIRTH_DATE_MISMATCH_On_offender_birthDate()
    {
        var result = await pipeline.Send(Valid with { Offender = FindingCommands.Peeters() with { BirthDate = new DateOnly(1988, 3, 1) } });

        var error = Assert.Single(result.Errors);
        Assert.Equal("offender.birthDate", error.Field);
        Assert.Equal("BIRTH_DATE_MISMATCH", error.Code);
    }

    [Fact]
    public void Number_88022999990_And_BirthDate_1988_02_29_Agree()
    {
        var offender = FindingCommands.Peeters() with { NationalRegisterNumber = "88.02.29-999.90", BirthDate = new DateOnly(1988, 2, 29) };

        var result = new RecordFindingValidator().TestValidate(Valid with { Offender = offender });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void BirthDate_InAnotherCentury_DisagreesWithTheNumber()
    {
        var result = new RecordFindingValidator().TestValidate(
            Valid with { Offender = FindingCommands.Peeters() with { BirthDate = new DateOnly(2088, 2, 29) } });

        result.ShouldHaveValidationErrorFor("Offender.BirthDate").WithErrorCode("BIRTH_DATE_MISMATCH");
    }

    [Fact]
    public async Task Company_WithoutEnterpriseNumber_IsReportedOn_offender_enterpriseNumber()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Company", CompanyName: "Frituur Korenmarkt") });

        Assert.Equal(["offender.enterpriseNumber"], Fields(result).Distinct());
    }

    [Fact]
    public async Task Company_WithInvalidEnterpriseNumber_KBO_INVALID_On_offender_enterpriseNumber()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Company", EnterpriseNumber: "0123.456.789") });

        var error = Assert.Single(result.Errors);
        Assert.Equal("offender.enterpriseNumber", error.Field);
        Assert.Equal("KBO_INVALID", error.Code);
    }

    [Fact]
    public async Task Company_WithValidEnterpriseNumber_IsValid()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Company", EnterpriseNumber: "0440.966.354") });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Vehicle_WithoutCountry_IsReportedOn_offender_country()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Vehicle", Plate: "1-ABC-123") });

        Assert.Equal(["offender.country"], Fields(result));
    }

    [Fact]
    public async Task Vehicle_WithInvalidBelgianPlate_1_ABO_123_PLATE_INVALID_On_offender_plate()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Vehicle", Plate: "1-ABO-123", Country: "BE") });

        var error = Assert.Single(result.Errors);
        Assert.Equal("offender.plate", error.Field);
        Assert.Equal("PLATE_INVALID", error.Code);
    }

    [Fact]
    public async Task Vehicle_WithValidBelgianPlate_IsValid()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Vehicle", Plate: "1-ABC-123", Country: "BE") });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task OffenderType_Unknown_IsReportedOn_offender_type()
    {
        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Dog") });

        var error = Assert.Single(result.Errors);
        Assert.Equal("offender.type", error.Field);
        Assert.Equal("OFFENDER_TYPE", error.Code);
    }

    [Theory]
    [InlineData(91.0)]
    [InlineData(-90.5)]
    public async Task Latitude_OutOfRange_IsReportedOn_place_latitude(double latitude)
    {
        var result = await pipeline.Send(Valid with { Place = FindingCommands.Korenmarkt() with { Latitude = latitude } });

        Assert.Equal(["place.latitude"], Fields(result));
    }

    [Fact]
    public async Task Latitude_90_IsValid()
    {
        var result = await pipeline.Send(Valid with { Place = FindingCommands.Korenmarkt() with { Latitude = 90 } });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Place_WithNeitherStreetNorPosition_IsReportedOn_place_street()
    {
        var result = await pipeline.Send(Valid with { Place = new PlaceInput(null, null, "9000", "Gent", null, null) });

        var error = Assert.Single(result.Errors);
        Assert.Equal("place.street", error.Field);
        Assert.Equal("PLACE_REQUIRED", error.Code);
    }

    [Fact]
    public async Task Description_Of4001Characters_IsReportedOn_description()
    {
        var result = await pipeline.Send(Valid with { Description = new string('x', 4001) });

        Assert.Equal(["description"], Fields(result));
    }

    [Fact]
    public async Task Description_Of4000Characters_IsValid()
    {
        var result = await pipeline.Send(Valid with { Description = new string('x', 4000) });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task ExternalId_Of101Characters_IsReportedOn_externalId()
    {
        var result = await pipeline.Send(Valid with { ExternalId = new string('e', 101) });

        Assert.Equal(["externalId"], Fields(result));
    }

    [Fact]
    public async Task ExternalId_Of100Characters_IsValid()
    {
        var result = await pipeline.Send(Valid with { ExternalId = new string('e', 100) });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Photos_TenPhotos_Pass()
    {
        var result = await pipeline.Send(Valid with { Photos = [.. Enumerable.Repeat(Photo(), 10)] });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task Photos_ElevenPhotos_TOO_MANY_FILES_On_photos() =>
        Assert.Equal(["photos:TOO_MANY_FILES"], Codes(await pipeline.Send(Valid with { Photos = [.. Enumerable.Repeat(Photo(), 11)] })));

    [Fact]
    public async Task Photo_OfExactly10MB_Passes() =>
        Assert.True((await pipeline.Send(Valid with { Photos = [Photo(content: SampleFiles.Jpeg(10 * 1024 * 1024))] })).IsSuccess);

    [Fact]
    public async Task Photo_Over10MB_TOO_LARGE_On_content() =>
        Assert.Equal(["photos[0].content:TOO_LARGE"], Codes(await pipeline.Send(Valid with { Photos = [Photo(content: SampleFiles.Jpeg((10 * 1024 * 1024) + 1))] })));

    [Theory]
    [InlineData("a PNG declared as JPEG", "image/jpeg", "png")]
    [InlineData("a PDF, which is no photo", "application/pdf", "pdf")]
    [InlineData("a PDF declared as PNG", "image/png", "pdf")]
    [InlineData("HTML declared as JPEG", "image/jpeg", "html")]
    public async Task Photo_OfAnotherType_FILE_TYPE_On_content(string name, string contentType, string bytes)
    {
        var content = bytes switch
        {
            "png" => SampleFiles.Png(),
            "pdf" => SampleFiles.Pdf(),
            _ => "<html><script>alert(1)</script></html>"u8.ToArray(),
        };

        var result = await pipeline.Send(Valid with { Photos = [Photo(contentType: contentType, content: content)] });

        Assert.True(Codes(result).SequenceEqual(["photos[0].content:FILE_TYPE"]), name);
    }

    [Theory]
    [InlineData("foto\u001b.jpg", "CONTROL_CHARACTERS")]
    [InlineData("", "REQUIRED")]
    [InlineData("../", "INVALID")]
    public async Task Photo_BadFileName_IsRefusedOn_fileName(string fileName, string code) =>
        Assert.Equal([$"photos[0].fileName:{code}"], Codes(await pipeline.Send(Valid with { Photos = [Photo(fileName: fileName)] })));

    [Fact]
    public async Task Photo_FileNameOf201Characters_TOO_LONG() =>
        Assert.Equal(["photos[0].fileName:TOO_LONG"], Codes(await pipeline.Send(Valid with { Photos = [Photo(fileName: new string('x', 197) + ".jpg")] })));

    [Fact]
    public async Task Photo_Missing_REQUIRED_On_the_photo() =>
        Assert.Equal(["photos[0]:REQUIRED"], Codes(await pipeline.Send(Valid with { Photos = [null!] })));

    private static UploadedFile Photo(string fileName = "foto.jpg", string contentType = "image/jpeg", byte[]? content = null) =>
        new(fileName, contentType, content ?? SampleFiles.Jpeg());

    private static string[] Codes(Result result) => [.. result.Errors.Select(e => $"{e.Field}:{e.Code}").Order(StringComparer.Ordinal)];

    private static string[] Fields(Result result) => [.. result.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal)];
}
