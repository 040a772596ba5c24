using System.Xml.Linq;
using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;

namespace Sac.Web.Tests.Localization;

/// <summary>Every text exists in both languages, and every value the law or the procedure can show has words in each.</summary>
public sealed class ResourceCompletenessTests
{
    private static readonly IReadOnlyDictionary<string, string> Dutch = Load("nl-BE");
    private static readonly IReadOnlyDictionary<string, string> French = Load("fr-BE");

    public static TheoryData<string> ShownValues()
    {
        var keys = new TheoryData<string>();
        foreach (var key in Enum.GetNames<CaseStatus>().Select(s => $"Status.{s}")
            .Concat(Enum.GetNames<InfractionCategory>().Select(c => $"Category.{c}"))
            .Concat(Enum.GetNames<FineCapBasis>().Select(b => $"CapBasis.{b}"))
            .Concat(Enum.GetNames<CloseReason>().Select(r => $"CloseReason.{r}"))
            .Concat(Enum.GetNames<OffenderType>().Select(t => $"OffenderType.{t}"))
            .Concat(typeof(AssessmentReason).GetFields().Select(f => $"Reason.{f.GetValue(null)}"))
            .Concat(LegalRegimeHistory.All.Select(r => $"Regime.{r.Basis}"))
            .Concat(new[] { CaseEvent.FindingRecorded, CaseEvent.CaseClosed }.Select(e => $"Timeline.{e}")))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Fact]
    public void Dutch_and_French_have_the_same_keys()
    {
        Assert.Empty(Dutch.Keys.Except(French.Keys));
        Assert.Empty(French.Keys.Except(Dutch.Keys));
    }

    [Fact]
    public void No_text_is_empty()
    {
        Assert.DoesNotContain(Dutch, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(French, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Theory]
    [MemberData(nameof(ShownValues))]
    public void Every_shown_value_has_words_in_both_languages(string key)
    {
        Assert.True(Dutch.ContainsKey(key), $"nl-BE lacks {key}");
        Assert.True(French.ContainsKey(key), $"fr-BE lacks {key}");
    }

    private static Dictionary<string, string> Load(string culture)
    {
        var path = Path.Combine(SourceRoot(), "src", "Sac.Web", "Resources", $"SharedResource.{culture}.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);
    }

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sac.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Sac.sln not found above the test binaries.");
    }
}
