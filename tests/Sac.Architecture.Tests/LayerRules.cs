using System.Reflection;

namespace Sac.Architecture.Tests;

/// <summary>
/// The layering of architecture.md as data, and a checker that reports every violation: referenced
/// assemblies (what the compiler kept) and the types used in signatures (what forwarding can hide).
/// </summary>
internal static class LayerRules
{
    public static readonly Assembly Domain = typeof(Sac.Domain.Cases.Case).Assembly;
    public static readonly Assembly Application = typeof(Sac.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(Sac.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Web = typeof(Sac.Web.SharedResource).Assembly;

    public static readonly string[] FrameworkPrefixes = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Riok.Mapperly", "FluentValidation"];

    public static IReadOnlyList<string> Violations(Assembly assembly, IReadOnlyCollection<string> forbiddenPrefixes)
    {
        var name = assembly.GetName().Name;
        var referenced = assembly.GetReferencedAssemblies()
            .Select(r => r.Name ?? string.Empty)
            .Where(r => IsForbidden(r, forbiddenPrefixes))
            .Select(r => $"{name} references {r}");
        var used = assembly.GetTypes()
            .SelectMany(t => SignatureTypes(t).Select(used => (Owner: t, Used: used)))
            .Where(p => IsForbidden(p.Used.Namespace ?? string.Empty, forbiddenPrefixes) || IsForbidden(p.Used.Assembly.GetName().Name ?? string.Empty, forbiddenPrefixes))
            .Select(p => $"{p.Owner.FullName} uses {p.Used.FullName}");
        return [.. referenced.Concat(used).Distinct()];
    }

    private static bool IsForbidden(string name, IReadOnlyCollection<string> prefixes) =>
        prefixes.Any(p => name == p || name.StartsWith(p + ".", StringComparison.Ordinal));

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var members = type.GetFields(all).Select(f => f.FieldType)
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
            .Concat(type.GetInterfaces())
            .Append(type.BaseType ?? typeof(object));
        return members.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition()) : [type];
    }
}
