using System.Text.RegularExpressions;
using Gherkin;

namespace ConformanceHarness.Gherkin.Parsing.Markdown;

/// <summary>
/// The keyword patterns of one dialect in Markdown with Gherkin (MDG): a heading (<c>#</c> to
/// <c>######</c> and a space) before the keyword and its colon, or a list bullet (<c>*</c>, <c>-</c>,
/// <c>+</c>) before a step keyword. Each pattern captures prefix, keyword and title, and is matched
/// against the line with its indentation removed.
/// </summary>
/// <remarks>
/// The asterisk step keyword is left out: in Markdown a <c>*</c> is a bullet, not a keyword
/// (cucumber/gherkin MARKDOWN_WITH_GHERKIN.md).
/// </remarks>
internal sealed class MarkdownKeywords
{
    private const string HeadingPrefix = @"^(#{1,6}\s)";
    private const string BulletPrefix = @"^(\s*[*+-]\s*)";

    public MarkdownKeywords(GherkinDialect dialect)
    {
        Feature = Heading(dialect.FeatureKeywords);
        Rule = Heading(dialect.RuleKeywords);
        Background = Heading(dialect.BackgroundKeywords);
        Scenario = Heading(dialect.ScenarioKeywords);
        ScenarioOutline = Heading(dialect.ScenarioOutlineKeywords);
        Examples = Heading(dialect.ExamplesKeywords);
        Step = Pattern(BulletPrefix, StepKeywords(dialect), suffix: "");
    }

    public Regex Feature { get; }

    public Regex Rule { get; }

    public Regex Background { get; }

    public Regex Scenario { get; }

    public Regex ScenarioOutline { get; }

    public Regex Examples { get; }

    public Regex Step { get; }

    private static Regex Heading(IEnumerable<string> keywords) => Pattern(HeadingPrefix, keywords, suffix: ":");

    /// <summary>Longest keyword first, so "And " never hides a longer keyword that starts the same way.</summary>
    private static IEnumerable<string> StepKeywords(GherkinDialect dialect) =>
        dialect.GivenStepKeywords
            .Concat(dialect.WhenStepKeywords)
            .Concat(dialect.ThenStepKeywords)
            .Concat(dialect.AndStepKeywords)
            .Concat(dialect.ButStepKeywords)
            .Where(keyword => keyword != GherkinDialect.AsteriskKeyword)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(keyword => keyword.Length);

    private static Regex Pattern(string prefix, IEnumerable<string> keywords, string suffix)
    {
        var alternatives = string.Join('|', keywords.Select(Regex.Escape));
        return new Regex($"{prefix}({alternatives}){suffix}(.*)", RegexOptions.CultureInvariant);
    }
}
