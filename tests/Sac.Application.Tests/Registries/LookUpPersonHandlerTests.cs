using Sac.Application.Common;
using Sac.Application.Registries.Lookups;
using Sac.Application.Tests.Fakes;
using Sac.Application.Tests.TestData;
using Sac.Domain.Audit;
using Sac.Domain.Common;

namespace Sac.Application.Tests.Registries;

/// <summary>Purpose binding (gas-law.md §6): no lookup without a reference and a purpose, and every call, refused or not, logged.</summary>
public sealed class LookUpPersonHandlerTests
{
    private const string Number = "88022999990";
    private const string Identify = "IdentifyOffender";

    private readonly RegistryHarness harness = new();

    public LookUpPersonHandlerTests() => harness.Registries.People.Add(FakeRegistries.Peeters());

    [Fact]
    public async Task Found_AnswersThePersonAndLogsTheFieldNamesOnly()
    {
        var result = await LookUp(Number, "finding-1", Identify);

        Assert.True(result.IsSuccess);
        Assert.Equal("Peeters", result.Value.LastName);
        var line = harness.Line;
        Assert.Equal(RegistryAccessOutcome.Answered, line.Outcome);
        Assert.Equal(("finder@demo.sac", Roles.Finder), (line.UserName, line.Role));
        Assert.Equal((RegistryKind.NationalRegister, Number, "finding-1"), (line.Registry, line.Subject, line.Reference));
        Assert.Equal(RegistryPurpose.IdentifyOffender, line.Purpose);
        Assert.Equal(harness.Procedure.Clock.GetUtcNow(), line.At);
        Assert.Null(line.AtDate);
        Assert.Equal("nationalRegisterNumber,lastName,firstNames,birthDate,sex,language,mainAddress,deceased", line.FieldsReturned);
        Assert.DoesNotContain("Peeters", line.FieldsReturned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfficial_IsLoggedUnderTheOfficialsRole()
    {
        harness.User = FakeCurrentUser.Official();
        var litter = harness.Store(TestCases.Gent());

        await LookUp(Number, litter.Id.ToString(), Identify);

        Assert.Equal(Roles.SanctioningOfficial, harness.Line.Role);
    }

    [Fact]
    public async Task AUserWithBothRoles_IsLoggedAsTheOfficial()
    {
        harness.User = new FakeCurrentUser("admin@demo.sac", ["44021"], Roles.Finder, Roles.SanctioningOfficial);

        await LookUp(Number, "finding-2", Identify);

        Assert.Equal(("admin@demo.sac", Roles.SanctioningOfficial), (harness.Line.UserName, harness.Line.Role));
    }

    [Fact]
    public async Task AUserWithoutARegistryRole_IsRefused_AndLoggedUnderNoRole()
    {
        harness.User = new FakeCurrentUser("auditor@demo.sac", ["44021"], Roles.Auditor);

        var result = await LookUp(Number, "finding-1", Identify);

        Assert.Equal(("REGISTRY_ROLE_REQUIRED", ErrorKind.Forbidden), (result.FirstError.Code, result.FirstError.Kind));
        Assert.Equal(0, harness.Registries.Questions);
        Assert.Equal((RegistryAccessOutcome.Refused, "auditor@demo.sac", "None"), (harness.Line.Outcome, harness.Line.UserName, harness.Line.Role));
    }

    [Theory]
    [InlineData(null, Identify, "reference", "REFERENCE_REQUIRED")]
    [InlineData("  ", Identify, "reference", "REFERENCE_REQUIRED")]
    [InlineData("finding-1", null, "purpose", "PURPOSE_REQUIRED")]
    [InlineData("finding-1", "Curiosity", "purpose", "PURPOSE_UNKNOWN")]
    [InlineData("finding-1", "0", "purpose", "PURPOSE_UNKNOWN")]
    public async Task WithoutReferenceOrPurpose_IsRefused_AskedNothing_AndLoggedAsRefused(string? reference, string? purpose, string field, string code)
    {
        var result = await LookUp(Number, reference, purpose);

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, field, ErrorKind.Validation), (error.Code, error.Field, error.Kind));
        Assert.Equal(0, harness.Registries.Questions);
        var line = harness.Line;
        Assert.Equal(RegistryAccessOutcome.Refused, line.Outcome);
        Assert.Equal(Number, line.Subject);
        Assert.Equal(Roles.Finder, line.Role);
        Assert.Equal(string.Empty, line.FieldsReturned);
    }

    [Fact]
    public async Task WithoutBoth_BothFieldsAreRefused_InOneLoggedLine()
    {
        var result = await LookUp(Number, null, null);

        Assert.Equal(["purpose", "reference"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(RegistryAccessOutcome.Refused, harness.Line.Outcome);
        Assert.Null(harness.Line.Purpose);
        Assert.Equal(string.Empty, harness.Line.Reference);
    }

    [Theory]
    [InlineData("88022999991", "NRN_CHECKSUM")]
    [InlineData("8802299999", "NRN_FORMAT")]
    [InlineData("88023199930", "NRN_DATE")]
    public async Task AnInvalidNumber_IsRefusedOnItsField_AndLoggedAsRefused(string number, string code)
    {
        var result = await LookUp(number, "finding-1", Identify);

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, "nationalRegisterNumber"), (error.Code, error.Field));
        Assert.Equal(0, harness.Registries.Questions);
        Assert.Equal((RegistryAccessOutcome.Refused, number, RegistryPurpose.IdentifyOffender), (harness.Line.Outcome, harness.Line.Subject, harness.Line.Purpose));
    }

    [Fact]
    public async Task ANumberWithSeparators_IsAskedAndLoggedInItsNormalForm()
    {
        await LookUp("88.02.29-999.90", "finding-1", Identify);

        Assert.Equal((RegistryAccessOutcome.Answered, Number), (harness.Line.Outcome, harness.Line.Subject));
    }

    [Fact]
    public async Task AFinder_MayNotLookUpToNotify()
    {
        var result = await LookUp(Number, "finding-1", "NotifyOffender");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("PURPOSE_NOT_ALLOWED", ErrorKind.Forbidden), (error.Code, error.Kind));
        Assert.Equal(RegistryAccessOutcome.Refused, harness.Line.Outcome);
        Assert.Equal(RegistryPurpose.NotifyOffender, harness.Line.Purpose);
    }

    [Fact]
    public async Task AnOfficial_MayLookUpToNotify_TheCasesOfTheirMunicipalities()
    {
        harness.User = FakeCurrentUser.Official();
        var litter = harness.Store(TestCases.Gent());

        var result = await LookUp(Number, litter.Id.ToString(), "notifyoffender");

        Assert.True(result.IsSuccess);
        Assert.Equal(RegistryPurpose.NotifyOffender, harness.Line.Purpose);
    }

    [Fact]
    public async Task ACaseOfAnotherMunicipality_IsNoReference()
    {
        harness.User = FakeCurrentUser.Outsider();
        var gent = harness.Store(TestCases.Gent());

        var byId = await LookUp(Number, gent.Id.ToString(), Identify);

        Assert.Equal("REFERENCE_UNKNOWN", Assert.Single(byId.Errors).Code);
        Assert.Equal(0, harness.Registries.Questions);
        Assert.Equal((RegistryAccessOutcome.Refused, gent.Id.ToString()), (harness.Line.Outcome, harness.Line.Reference));
    }

    [Fact]
    public async Task TheExternalIdOfAnotherMunicipalitysFinding_IsNoReference()
    {
        harness.User = FakeCurrentUser.Outsider();
        var recorded = await new Sac.Application.Findings.RecordFinding.RecordFindingHandler(
            FakeCurrentUser.Finder(), harness.Procedure.Cases, harness.Procedure.Documents, harness.Procedure.Municipalities, new FakeCaseNumberSequence(), new FakeDeviceRepository(), harness.Procedure.Clock)
            .Handle(FindingCommands.Litter("gent-finding"), CancellationToken.None);
        Assert.True(recorded.IsSuccess);

        var result = await LookUp(Number, "gent-finding", Identify);

        Assert.Equal("REFERENCE_UNKNOWN", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task AnOfficial_MustNameACase()
    {
        harness.User = FakeCurrentUser.Official();

        var result = await LookUp(Number, "not-a-case", Identify);

        Assert.Equal("REFERENCE_UNKNOWN", Assert.Single(result.Errors).Code);
        Assert.Equal(RegistryAccessOutcome.Refused, harness.Line.Outcome);
    }

    [Fact]
    public async Task AFinder_MayNameTheFindingTheyAreRecording_WhichNoCaseHasYet()
    {
        var result = await LookUp(Number, Guid.NewGuid().ToString(), Identify);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task NotFound_IsANotFoundError_LoggedAsNotFound()
    {
        var result = await LookUp("90051411235", "finding-1", Identify);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("PERSON_NOT_FOUND", ErrorKind.NotFound), (error.Code, error.Kind));
        Assert.Equal((RegistryAccessOutcome.NotFound, string.Empty), (harness.Line.Outcome, harness.Line.FieldsReturned));
    }

    [Fact]
    public async Task ARegistryFailure_IsUnavailable_LoggedAsFailed()
    {
        harness.Registries.Down = true;

        var result = await LookUp(Number, "finding-1", Identify);

        Assert.Equal("REGISTRY_UNAVAILABLE", Assert.Single(result.Errors).Code);
        Assert.Equal(RegistryAccessOutcome.Failed, harness.Line.Outcome);
        Assert.Equal(1, harness.Registries.Questions);
    }

    [Fact]
    public async Task AnAdapterThatThrows_IsStillLogged_AsFailed()
    {
        var log = new FakeRegistryAccessLog();
        var lookups = new Sac.Application.Registries.RegistryLookups(new ThrowingRegister(), harness.Registries, harness.Registries, log, harness.Procedure.Clock);
        var handler = new LookUpPersonHandler(harness.Gate, lookups);

        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
            await handler.Handle(new LookUpPersonQuery(Number, "finding-1", Identify), CancellationToken.None));

        Assert.Equal(RegistryAccessOutcome.Failed, Assert.Single(log.Lines).Outcome);
    }

    [Fact]
    public async Task AVeryLongReferenceOrSubject_IsCutToTheLogsColumns()
    {
        var result = await LookUp(new string('8', 60), new string('x', 150), Identify);

        Assert.True(result.IsFailure);
        Assert.Equal(40, harness.Line.Subject.Length);
        Assert.Equal(100, harness.Line.Reference.Length);
    }

    private async Task<Result<Sac.Application.Registries.RegisteredPerson>> LookUp(string? number, string? reference, string? purpose) =>
        await harness.PersonHandler.Handle(new LookUpPersonQuery(number, reference, purpose), CancellationToken.None);

    private sealed class ThrowingRegister : Sac.Application.Registries.INationalRegister
    {
        public Task<Sac.Application.Registries.RegistryAnswer<Sac.Application.Registries.RegisteredPerson>> FindPersonAsync(
            string nationalRegisterNumber, CancellationToken cancellationToken) => throw new OperationCanceledException();
    }
}
