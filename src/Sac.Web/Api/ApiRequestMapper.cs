using Riok.Mapperly.Abstractions;
using Sac.Application.Municipalities.ChangeLetterhead;
using Sac.Application.Municipalities.ChangeSettings;
using Sac.Application.Reasoning;
using Sac.Application.Municipalities.DefineInfraction;
using Sac.Application.Register.ImportRegisterEntry;

namespace Sac.Web.Api;

/// <summary>Request bodies (plus route values) to application commands; generated at compile time.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class ApiRequestMapper
{
    public static partial ChangeSettingsCommand ToCommand(this SettingsRequest request, string nis);

    public static partial DefineInfractionCommand ToCommand(this InfractionRequest request, string nis, string code);

    public static partial ChangeLetterheadCommand ToCommand(this LetterheadRequest request, string nis);

    public static partial DefineReasoningBlockCommand ToCommand(this ReasoningBlockRequest request, string municipality, Guid? id);

    [MapProperty(nameof(RegisterEntryRequest.Final), nameof(ImportRegisterEntryCommand.Final), Use = nameof(FinalUnlessSaidOtherwise))]
    public static partial ImportRegisterEntryCommand ToCommand(this RegisterEntryRequest request);

    /// <summary>Imported register entries are final decisions unless the migration says otherwise.</summary>
    private static bool FinalUnlessSaidOtherwise(bool? final) => final ?? true;
}
