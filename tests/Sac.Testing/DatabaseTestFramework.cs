using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sac.Testing;

/// <summary>
/// xUnit's framework, except that when the tests were asked to run on a database that is not there (see
/// <see cref="TestDatabaseServer.Unavailable"/>), every test is reported as skipped with that reason: never as passed, and
/// never as a wall of connection failures. Test assemblies that run on <see cref="TestDatabase"/> use it with
/// <c>[assembly: TestFramework(DatabaseTestFramework.TypeName, DatabaseTestFramework.AssemblyName)]</c>.
/// </summary>
public sealed class DatabaseTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    public const string TypeName = "Sac.Testing.DatabaseTestFramework";
    public const string AssemblyName = "Sac.Testing";

    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        TestDatabaseServer.Unavailable is { } reason
            ? new SkippingDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink, reason)
            : base.CreateDiscoverer(assemblyInfo);

    /// <summary>Discovers as xUnit does (each data row of a theory its own test), then reports each test case as skipped.</summary>
    private sealed class SkippingDiscoverer(
        IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink, string reason)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions) =>
            base.FindTestsForMethod(testMethod, includeSourceInformation, new SkippingBus(messageBus, DiagnosticMessageSink, discoveryOptions, reason), discoveryOptions);
    }

    private sealed class SkippingBus(IMessageBus inner, IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions options, string reason) : IMessageBus
    {
        public bool QueueMessage(IMessageSinkMessage message) => inner.QueueMessage(message is ITestCaseDiscoveryMessage discovered
            ? new TestCaseDiscoveryMessage(new XunitSkippedDataRowTestCase(
                diagnosticMessageSink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(),
                discovered.TestCase.TestMethod, reason, discovered.TestCase.TestMethodArguments))
            : message);

        // The inner bus belongs to the caller, which disposes it.
        public void Dispose()
        {
        }
    }
}
