using FluentValidation.TestHelper;
using Sac.Application.Offenders;

namespace Sac.Application.Tests.Findings;

public sealed class OffenderInputCountryTests
{
    [Fact]
    public void Vehicle_WithACountryThatIsNotAnIsoCode_IsReportedOnTheCountry()
    {
        var result = new OffenderInputValidator().TestValidate(new OffenderInput("Vehicle", Plate: "1-ABC-123", Country: "12"));

        result.ShouldHaveValidationErrorFor(o => o.Country);
        result.ShouldNotHaveValidationErrorFor(o => o.Plate);
    }
}
