using System.CommandLine;
using System.CommandLine.Parsing;

namespace ConformanceHarness.Cli;

/// <summary>Options shared by the verbs that select scenarios (<c>run</c>, <c>list</c>).</summary>
public static class CommonOptions
{
    public const string DefaultFeaturePath = "Features";

    /// <summary>Applied when no --tags is given: the runner's own demonstration scenarios fail on purpose.</summary>
    public const string DefaultTagExpression = "not @expected-failure";

    public static readonly Argument<string[]> PathsArgument = new("paths")
    {
        Description = "Feature files, folders or globs; a file may end in :line to pick one scenario or example row",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [DefaultFeaturePath],
        Validators = { RejectOptionLikePaths },
    };

    public static readonly Option<string> TagsOption = new("--tags", "-t")
    {
        Description = $"Cucumber tag expression, e.g. \"@fhir and not @slow\" (default: {DefaultTagExpression})",
        HelpName = "EXPR",
    };

    public static readonly Option<string> NameOption = new("--name", "-n")
    {
        Description = "Regular expression the scenario name must match",
        HelpName = "REGEX",
    };

    /// <summary>The paths as given, or <see cref="DefaultFeaturePath"/> when none were.</summary>
    public static IReadOnlyList<string> GetPaths(ParseResult parseResult)
    {
        var paths = parseResult.GetValue(PathsArgument) ?? [];
        return paths.Length == 0 ? [DefaultFeaturePath] : paths;
    }

    /// <summary>The --tags expression as given, or <see cref="DefaultTagExpression"/> when none was.</summary>
    public static string GetTagExpression(ParseResult parseResult)
    {
        var tags = parseResult.GetValue(TagsOption);
        return string.IsNullOrWhiteSpace(tags) ? DefaultTagExpression : tags;
    }

    /// <summary>An unknown option would otherwise be taken for a path; "./-x" still names a file called -x.</summary>
    public static void RejectOptionLikePaths(ArgumentResult result)
    {
        var unknown = result.Tokens.FirstOrDefault(token => token.Value.StartsWith('-'));
        if (unknown is not null) result.AddError($"unknown option '{unknown.Value}' (see --help)");
    }
}
