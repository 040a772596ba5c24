using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sac.Application.Cases.SearchCases;
using Sac.Domain.Assessment;
using Sac.Domain.Cases;
using Sac.Domain.CollegeSanctions;
using Sac.Domain.Decisions;
using Sac.Domain.Documents;
using Sac.Domain.LegalRegimes;
using Sac.Domain.Measures;
using Sac.Domain.Municipalities;
using Sac.Domain.Offenders;
using Sac.Domain.Payments.BankStatements;
using Sac.Domain.PlaceBans;
using Sac.Domain.Reasoning;
using Sac.Testing;
using Sac.Web.Models;

namespace Sac.Web.Tests.Localization;

/// <summary>Every text exists in both languages, and every value the law or the procedure can show has words in each.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly IReadOnlyDictionary<string, string> Dutch = Load("nl-BE");
    private static readonly IReadOnlyDictionary<string, string> French = Load("fr-BE");

    public static TheoryData<string> ShownValues()
    {
        var keys = new TheoryData<string>();
        foreach (var key in Names<CaseStatus>("Status")
            .Concat(Names<InfractionCategory>("Category"))
            .Concat(Names<FineCapBasis>("CapBasis"))
            .Concat(Names<CloseReason>("CloseReason"))
            .Concat(Names<OffenderType>("OffenderType"))
            .Concat(typeof(AssessmentReason).GetFields().Select(f => $"Reason.{f.GetValue(null)}"))
            .Concat(LegalRegimeHistory.All.Select(r => $"Regime.{r.Basis}"))
            .Concat(TimelineTypes().Select(type => $"Timeline.{type}"))
            .Concat(Names<DocumentKind>("DocumentKind"))
            .Concat(Names<DecisionKind>("DecisionKind"))
            .Concat(Names<MediationOutcome>("MediationOutcome"))
            .Concat(Names<MediationOutcome>("MediationOutcome").Select(k => k + ".Help"))
            .Concat(Names<AppealOutcome>("AppealOutcome"))
            .Concat(Names<AppealCourt>("AppealCourt"))
            .Concat(Names<NotificationChannel>("Channel"))
            .Concat(Names<ProsecutorAnswer>("ProsecutorAnswer"))
            .Concat(Names<ReasoningTopic>("ReasoningTopic"))
            .Concat(Names<CollegeSanctionKind>("CollegeSanctionKind"))
            .Concat(Names<PlaceBanGround>("PlaceBanGround"))
            .Concat(Names<MeasureState>("MeasureState"))
            .Concat(Names<MeasureLetterKind>("MeasureLetterKind"))
            .Concat(Names<AddresseeKind>("AddresseeKind"))
            .Concat(Names<WorkQueue>("Queue"))
            .Concat(Names<StatementEntryState>("BankStatements.State"))
            .Concat(Names<UnmatchedReason>("BankStatements.Reason"))
            .Concat(Names<CaseStep>("Step"))
            .Concat(Names<CaseStep>("Step").Select(k => k + ".Help"))
            .Concat(ReasoningComposer.Placeholders.Select(p => $"Placeholder.{p}")))
        {
            keys.Add(key);
        }

        return keys;
    }

    public static TheoryData<string> ErrorCodes()
    {
        var codes = new TheoryData<string>();
        foreach (var code in FindErrorCodes())
        {
            codes.Add(code);
        }

        return codes;
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

    [Fact]
    public void The_error_codes_are_found_in_the_source()
    {
        var codes = FindErrorCodes();

        Assert.Contains("FINE_ABOVE_MAXIMUM", codes);
        Assert.Contains("DEFENCE_PERIOD_RUNNING", codes);
        Assert.Contains("MEDIATION_NOT_OFFERED", codes);
        Assert.Contains("STALE_VERSION", codes);
        Assert.Contains("REQUIRED", codes);
    }

    [Theory]
    [MemberData(nameof(ShownValues))]
    public void Every_shown_value_has_words_in_both_languages(string key)
    {
        Assert.True(Dutch.ContainsKey(key), $"nl-BE lacks {key}");
        Assert.True(French.ContainsKey(key), $"fr-BE lacks {key}");
    }

    [Theory]
    [MemberData(nameof(ErrorCodes))]
    public void Every_error_the_application_returns_reads_as_a_sentence_in_both_languages(string code)
    {
        Assert.True(Dutch.ContainsKey(code), $"nl-BE lacks {code}");
        Assert.True(French.ContainsKey(code), $"fr-BE lacks {code}");
    }

    /// <summary>The codes of every error the domain and the application can return, read from their source.</summary>
    private static List<string> FindErrorCodes() =>
        [.. new[] { "Sac.Domain", "Sac.Application" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(SourceTree.Root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => ErrorCode().Matches(File.ReadAllText(path)).Select(m => m.Groups["code"].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Names<TEnum>(string prefix)
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => $"{prefix}.{n}");

    /// <summary>Every timeline type the domain writes: the constants of <see cref="CaseEvent"/>.</summary>
    private static IEnumerable<string> TimelineTypes() =>
        typeof(CaseEvent).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static Dictionary<string, string> Load(string culture)
    {
        var path = Path.Combine(SourceTree.Root, "src", "Sac.Web", "Resources", $"SharedResource.{culture}.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);
    }

    /// <summary>
    /// An error's code where it is made: <c>new Error("CODE", …)</c>, <c>new("CODE", …)</c>, <c>WithErrorCode("CODE")</c>,
    /// and the short codes the validation behaviour gives FluentValidation's own checks (<c>["NotNullValidator"] = "REQUIRED"</c>).
    /// </summary>
    [GeneratedRegex(@"(?:new(?: Error)?\(\s*|WithErrorCode\(|Validator""\] = )""(?<code>[A-Z][A-Z0-9_]+)""")]
    private static partial Regex ErrorCode();
}
