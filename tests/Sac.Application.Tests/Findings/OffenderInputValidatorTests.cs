using FluentValidation.TestHelper;
using Sac.Application.Offenders;
using Sac.Application.Tests.TestData;

namespace Sac.Application.Tests.Findings;

public sealed class OffenderInputValidatorTests
{
    private readonly OffenderInputValidator validator = new();

    [Theory]
    [InlineData("88422999979", "1988-02-29")] // BIS number, month + 40
    [InlineData("88222999936", "1988-02-29")] // BIS number, month + 20
    [InlineData("88020099987", "1988-02-15")] // day unknown (00)
    [InlineData("13050100115", "2013-05-01")] // born after 2000
    public void BirthDate_AgreeingWithTheDateTheNumberEncodes_IsValid(string number, string birthDate)
    {
        var offender = new OffenderInput("Person", number, BirthDate: TestClock.Date(birthDate));

        validator.TestValidate(offender).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("88422999979", "1988-04-29")] // BIS offset is not the month
    [InlineData("88020099987", "1988-03-15")]
    [InlineData("13050100115", "1913-05-01")]
    public void BirthDate_DisagreeingWithTheNumber_BIRTH_DATE_MISMATCH(string number, string birthDate)
    {
        var offender = new OffenderInput("Person", number, BirthDate: TestClock.Date(birthDate));

        validator.TestValidate(offender).ShouldHaveValidationErrorFor(o => o.BirthDate).WithErrorCode("BIRTH_DATE_MISMATCH");
    }

    [Fact]
    public void Language_OutsideNlFrDe_IsAnError() =>
        validator.TestValidate(new OffenderInput("Person", "88022999990", Language: "en"))
            .ShouldHaveValidationErrorFor(o => o.Language).WithErrorCode("LANGUAGE");

    [Fact]
    public void ForeignPlate_GetsNoBelgianFormatCheck() =>
        validator.TestValidate(new OffenderInput("Vehicle", Plate: "B-AB 1234", Country: "DE")).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Vehicle_WithoutPlate_IsAnError() =>
        validator.TestValidate(new OffenderInput("Vehicle", Country: "BE")).ShouldHaveValidationErrorFor(o => o.Plate);
}
