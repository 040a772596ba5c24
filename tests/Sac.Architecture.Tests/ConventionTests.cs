using Mediator;

namespace Sac.Architecture.Tests;

public sealed class ConventionTests
{
    [Fact]
    public void Handlers_are_internal_and_sealed()
    {
        var handlers = LayerRules.Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>))))
            .ToList();

        Assert.NotEmpty(handlers);

        // An abstract base (the steps' common flow) cannot be sealed; it must still be internal.
        Assert.All(handlers, h => Assert.True((h.IsSealed || h.IsAbstract) && !h.IsPublic, $"{h.Name} must be internal sealed"));
    }

    [Fact]
    public void Controllers_do_not_use_the_database_directly()
    {
        var controllers = LayerRules.Web.GetTypes().Where(t => t.Name.EndsWith("Controller", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(controllers);
        var offending = controllers
            .SelectMany(c => c.GetConstructors().SelectMany(k => k.GetParameters()).Select(p => (c, p.ParameterType)))
            .Where(x => x.ParameterType.Namespace?.StartsWith("Sac.Infrastructure.Persistence", StringComparison.Ordinal) == true
                || x.ParameterType.Namespace?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true)
            .Select(x => $"{x.c.Name} takes {x.ParameterType.Name}");

        Assert.Empty(offending);
    }
}
