using Sac.Application.Register.ImportRegisterEntry;
using Sac.Domain.Register;

namespace Sac.Application.Tests.TestData;

internal static class RegisterCommands
{
    /// <summary>A final 150 euro graffiti fine for Jan Peeters in Gent, decided 2024-06-01 by an earlier system.</summary>
    public static ImportRegisterEntryCommand GraffitiFine() => new(
        DemoMunicipalities.GentNis, "GRAFFITI", FindingCommands.Peeters(), new DateOnly(2024, 6, 1), SanctionKind.Fine, 150m, null, Final: true);
}
