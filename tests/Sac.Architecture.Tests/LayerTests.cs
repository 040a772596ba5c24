namespace Sac.Architecture.Tests;

public sealed class LayerTests
{
    [Fact]
    public void Domain_references_no_other_layer_and_no_framework() =>
        Assert.Empty(LayerRules.Violations(LayerRules.Domain, [.. LayerRules.FrameworkPrefixes, "Sac.Application", "Sac.Infrastructure", "Sac.Web"]));

    [Fact]
    public void Domain_has_no_package_but_the_mediator_abstractions() =>
        Assert.All(
            LayerRules.Domain.GetReferencedAssemblies().Select(r => r.Name!),
            name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "Mediator.Abstractions", name));

    [Fact]
    public void Application_references_the_domain_only() =>
        Assert.Empty(LayerRules.Violations(
            LayerRules.Application, ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Sac.Infrastructure", "Sac.Web"]));

    [Fact]
    public void Infrastructure_does_not_reference_the_web() =>
        Assert.Empty(LayerRules.Violations(LayerRules.Infrastructure, ["Sac.Web"]));

    [Fact]
    public void Checker_reports_a_known_violation()
    {
        // The web host uses Infrastructure by design; asking the checker to forbid it must report it,
        // which proves the checker can fail (a layering test that cannot fail protects nothing).
        var violations = LayerRules.Violations(LayerRules.Web, ["Sac.Infrastructure"]);

        Assert.Contains(violations, v => v.Contains("Sac.Infrastructure", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_reports_a_framework_type_hidden_in_a_signature()
    {
        var violations = LayerRules.Violations(LayerRules.Web, ["Microsoft.AspNetCore.Authentication"]);

        Assert.Contains(violations, v => v.Contains(" uses Microsoft.AspNetCore.Authentication", StringComparison.Ordinal));
    }
}
