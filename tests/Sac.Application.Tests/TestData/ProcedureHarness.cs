using Microsoft.Extensions.Time.Testing;
using Sac.Application.Cases.Procedure;
using Sac.Application.Cases.Steps;
using Sac.Application.Letters;
using Sac.Application.Tests.Fakes;
using Sac.Domain.Cases;

namespace Sac.Application.Tests.TestData;

/// <summary>The fakes a step handler runs on, wired as the application wires them.</summary>
internal sealed class ProcedureHarness
{
    public ProcedureHarness(string now = "2025-03-10T12:00:00+01:00", FakeCurrentUser? user = null)
    {
        Clock = TestClock.At(now);
        User = user ?? FakeCurrentUser.Official();
    }

    public FakeCaseRepository Cases { get; } = new();

    public FakeMunicipalityRepository Municipalities { get; } = new(DemoMunicipalities.Gent(), DemoMunicipalities.Brussel(), DemoMunicipalities.Antwerpen());

    public FakeRegisterRepository Register { get; } = new();

    public FakeCaseDocumentRepository Documents { get; } = new();

    public FakeLetterRenderer Renderer { get; } = new();

    public FakeTimeProvider Clock { get; }

    public FakeCurrentUser User { get; set; }

    public CaseContextLoader Loader => new(User, Cases, Municipalities, Register, new FakeSanctioningServiceDirectory());

    public CaseStepServices Services => new(Loader, Register, User, Clock);

    public CaseLetters Letters => new(Renderer, Documents, Clock);

    public PostedLetterSteps PostedLetters => new(Letters);

    public Case Store(Case stored)
    {
        Cases.With(stored);
        return stored;
    }
}
