using Microsoft.Extensions.Time.Testing;
using Sac.Application.Cases.Procedure;
using Sac.Application.Cases.Steps;
using Sac.Application.Letters;
using Sac.Application.Tests.Fakes;
using Sac.Domain.Calendar;
using Sac.Domain.Cases;
using Sac.Domain.Municipalities;

namespace Sac.Application.Tests.TestData;

/// <summary>The fakes a step handler runs on, wired as the application wires them.</summary>
internal sealed class ProcedureHarness
{
    public ProcedureHarness(string now = "2025-03-10T12:00:00+01:00", FakeCurrentUser? user = null)
    {
        Clock = TestClock.At(now);
        User = user ?? FakeCurrentUser.Official();
        Municipalities = new(Gent, Brussel, Antwerpen);
    }

    /// <summary>The municipalities the repository hands out (no letterhead until a test gives one).</summary>
    public Municipality Gent { get; } = DemoMunicipalities.Gent();

    public Municipality Brussel { get; } = DemoMunicipalities.Brussel();

    public Municipality Antwerpen { get; } = DemoMunicipalities.Antwerpen();

    public FakeCaseRepository Cases { get; } = new();

    public FakeMunicipalityRepository Municipalities { get; }

    public FakeRegisterRepository Register { get; } = new();

    public FakeCaseDocumentRepository Documents { get; } = new();

    public FakeLetterRenderer Renderer { get; } = new();

    public FakeSanctioningServiceDirectory ServiceDirectory { get; } = new();

    public FakeTimeProvider Clock { get; }

    public FakeCurrentUser User { get; set; }

    public CaseContextLoader Loader => new(User, Cases, Municipalities, Register, ServiceDirectory);

    public CaseStepServices Services => new(Loader, Register, User, Clock);

    public CaseLetters Letters => new(Renderer, Documents, Clock);

    public PostedLetterSteps PostedLetters => new(Letters);

    /// <summary>Today in Brussels, as the handlers see it.</summary>
    public DateOnly Today => BelgianTime.DateOf(Clock.GetUtcNow());

    public Case Store(Case stored)
    {
        Cases.With(stored);
        return stored;
    }

    /// <summary>Moves the clock to another instant (ISO 8601 with offset).</summary>
    public void SetNow(string instant) => Clock.SetUtcNow(TestClock.Instant(instant));

    /// <summary>What a refused step must leave as it was.</summary>
    public CaseSnapshot Snapshot(Case of) =>
        new(of.Status, of.Version, of.Timeline.Count, Documents.Stored.Count, Register.Entries.Count, Renderer.Rendered.Count);

    /// <summary>The case loaded as a step sees it (today's assessment), to compose letters from.</summary>
    public async Task<CaseContext> ContextAsync(Case of) =>
        (await Loader.LoadToReadAsync(of.Id, Today, CancellationToken.None)).Value;
}

/// <summary>The parts of a case and its surroundings that a step changes.</summary>
internal sealed record CaseSnapshot(CaseStatus Status, int Version, int TimelineCount, int Documents, int RegisterEntries, int RenderedLetters);
