using FluentValidation.TestHelper;
using Sac.Application.Offenders;
using Sac.Application.Register.ImportRegisterEntry;
using Sac.Application.Tests.Common;
using Sac.Application.Tests.TestData;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Register;

public sealed class ImportRegisterEntryValidatorTests
{
    private readonly ImportRegisterEntryValidator validator = new();

    private static ImportRegisterEntryCommand Valid => RegisterCommands.GraffitiFine();

    [Fact]
    public void Validate_ValidCommand_HasNoErrors() =>
        validator.TestValidate(Valid).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_FineWithoutAmount_IsLeftToTheDomain() =>
        validator.TestValidate(Valid with { Amount = null }).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("")]
    [InlineData("4402")]
    [InlineData("GENT1")]
    public void Validate_MunicipalityNotFiveDigits_IsAnError(string nis) =>
        validator.TestValidate(Valid with { Municipality = nis }).ShouldHaveValidationErrorFor(c => c.Municipality);

    [Fact]
    public void Validate_MissingInfractionCode_IsAnError() =>
        validator.TestValidate(Valid with { InfractionCode = null }).ShouldHaveValidationErrorFor(c => c.InfractionCode);

    [Fact]
    public void Validate_MissingDecisionDateAndKind_AreErrors()
    {
        var result = validator.TestValidate(Valid with { DecidedAt = null, Kind = null });

        result.ShouldHaveValidationErrorFor(c => c.DecidedAt);
        result.ShouldHaveValidationErrorFor(c => c.Kind);
    }

    [Fact]
    public void Validate_AmountWithThreeDecimals_IsAnError() =>
        validator.TestValidate(Valid with { Amount = 150.125m }).ShouldHaveValidationErrorFor(c => c.Amount);

    [Fact]
    public void Validate_AmountWithTrailingZeros_IsValid() =>
        validator.TestValidate(Valid with { Amount = 150.500m }).ShouldNotHaveValidationErrorFor(c => c.Amount);

    [Fact]
    public void Validate_MissingOffender_IsAnError() =>
        validator.TestValidate(Valid with { Offender = null }).ShouldHaveValidationErrorFor(c => c.Offender);

    [Fact]
    public async Task Validate_InvalidOffenderNumber_IsReportedOn_offender_nationalRegisterNumber()
    {
        var pipeline = new ValidationPipeline<ImportRegisterEntryCommand, Result<Guid>>(validator, Guid.NewGuid());

        var result = await pipeline.Send(Valid with { Offender = new OffenderInput("Person", "12345678901") });

        var error = Assert.Single(result.Errors);
        Assert.Equal("offender.nationalRegisterNumber", error.Field);
        Assert.Equal(0, pipeline.HandlerCalls);
    }
}
