using Sac.Application.Registries;
using Sac.Application.Registries.Lookups;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Audit;
using Sac.Domain.Cases;

namespace Sac.Application.Tests.Registries;

/// <summary>The lookups wired as the application wires them, on fake registries and a listed access log.</summary>
internal sealed class RegistryHarness(FakeCurrentUser? user = null)
{
    public ProcedureHarness Procedure { get; } = new(user: user ?? FakeCurrentUser.Finder());

    public FakeRegistries Registries { get; } = new();

    public FakeRegistryAccessLog Log { get; } = new();

    public FakeCurrentUser User
    {
        get => Procedure.User;
        set => Procedure.User = value;
    }

    public RegistryAccess Line => Assert.Single(Log.Lines);

    public RegistryLookups Lookups => new(Registries, Registries, Registries, Log, Procedure.Clock);

    public RegistryGate Gate => new(User, Procedure.Cases);

    public LookUpPersonHandler PersonHandler => new(Gate, Lookups);

    public LookUpVehicleHolderHandler VehicleHandler => new(Gate, Lookups);

    public LookUpCompanyHandler CompanyHandler => new(Gate, Lookups);

    public Case Store(Case stored) => Procedure.Store(stored);
}
