using System.Xml.Linq;
using Sac.Domain.Audit;
using Sac.Testing;

namespace Sac.Web.Tests.Audit;

/// <summary>Every action, subject, registry, purpose and outcome the audit screens show has words in Dutch and French.</summary>
public sealed class AuditTextsTests
{
    public static TheoryData<string> ShownValues()
    {
        var keys = new TheoryData<string>();
        foreach (var key in AuditAction.All.Select(a => $"Audit.Action.{a}")
            .Concat(Enum.GetNames<AuditSubject>().Select(n => $"Audit.Subject.{n}"))
            .Concat(Enum.GetNames<RegistryKind>().Select(n => $"Audit.Registry.{n}"))
            .Concat(Enum.GetNames<RegistryPurpose>().Select(n => $"Audit.Purpose.{n}"))
            .Concat(Enum.GetNames<RegistryAccessOutcome>().Select(n => $"Audit.Outcome.{n}")))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(ShownValues))]
    public void Every_shown_value_has_words_in_both_languages(string key)
    {
        Assert.True(Keys("nl-BE").Contains(key), $"nl-BE lacks {key}");
        Assert.True(Keys("fr-BE").Contains(key), $"fr-BE lacks {key}");
    }

    private static HashSet<string> Keys(string culture)
    {
        var path = Path.Combine(SourceTree.Root, "src", "Sac.Web", "Resources", $"SharedResource.{culture}.resx");
        return [.. XDocument.Load(path).Root!.Elements("data").Select(d => d.Attribute("name")!.Value)];
    }
}
