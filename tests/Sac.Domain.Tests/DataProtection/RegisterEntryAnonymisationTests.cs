using Sac.Domain.Offenders;
using Sac.Domain.Register;
using static Sac.Domain.Tests.TestData.Build;
using static Sac.Domain.Tests.TestData.Scenario;

namespace Sac.Domain.Tests.DataProtection;

/// <summary>A register line decided on 2025-03-24 is kept through 2030-03-24 with five years, through 2028-06-24 (39 months) with one.</summary>
public sealed class RegisterEntryAnonymisationTests
{
    private static RegisterEntry Entry() => RegisterEntry.Import(
        Gent, "LITTER", Offender.Person(NationalRegisterNumber.Create("88022999990").Value, "Peeters", "Jan", null, "nl", new Address("Veldstraat", "12", "9000", "Gent", "BE")),
        Date("2025-03-24"), SanctionKind.Fine, 200m, null, final: true, Noon("2025-03-25"), "import").Value;

    [Theory]
    [InlineData(5, "2030-03-24", false)]
    [InlineData(5, "2030-03-25", true)]
    [InlineData(1, "2028-06-24", false)]
    [InlineData(1, "2028-06-25", true)]
    public void The_line_is_anonymised_the_day_after_its_period(int years, string day, bool anonymised)
    {
        var entry = Entry();

        Assert.Equal(anonymised, entry.Anonymise(years, Noon(day)));

        Assert.Equal(anonymised, entry.Offender.IsAnonymised);
        Assert.Equal(anonymised ? string.Empty : "NRN:88022999990", entry.OffenderKey);
    }

    [Fact]
    public void An_anonymised_line_keeps_the_sanction_and_matches_nobody()
    {
        var entry = Entry();

        Assert.True(entry.Anonymise(5, Noon("2030-03-25")));
        Assert.False(entry.Anonymise(5, Noon("2030-04-01")));

        Assert.Equal((Gent, "LITTER", Date("2025-03-24"), SanctionKind.Fine, 200m), (entry.MunicipalityNis, entry.InfractionCode, entry.DecidedOn, entry.Kind, entry.Amount));
        Assert.Equal(Date("2030-03-25"), entry.AnonymisedOn);
        Assert.Null(entry.Offender.NationalRegisterNumber);
        Assert.Equal("9000", entry.Offender.Address!.PostalCode);
        Assert.Null(entry.Offender.Address.Street);
    }
}
