using System.CommandLine.Parsing;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Reporting;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>Checks on <c>harness run</c> options; each failure becomes one parse error line.</summary>
internal static class RunOptionValidators
{
    public static void ValidateFormats(OptionResult result)
    {
        var formats = RunCommandDefinition.SplitFormats(result.GetValueOrDefault<string[]>() ?? []);
        var unknown = formats.Where(format => !ReportDirectory.Formats.Contains(format)).ToList();
        if (unknown.Count > 0)
            result.AddError($"unknown report format '{unknown[0]}' for --format (known: {string.Join(", ", ReportDirectory.Formats)})");
        else if (formats.Count == 0)
            result.AddError("--format needs at least one report format");
    }

    public static void RequireAtLeast(OptionResult result, int minimum)
    {
        if (!TryGetValue<int>(result, out var value)) return;
        if (value < minimum) result.AddError($"{result.Option.Name} must be at least {minimum}, but was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    public static void RequirePositive(OptionResult result)
    {
        if (!TryGetValue<double>(result, out var value)) return;
        if (value is <= 0) result.AddError($"{result.Option.Name} must be a positive number of seconds, but was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    public static void ValidateRunId(OptionResult result)
    {
        var value = result.GetValueOrDefault<string>() ?? "";
        if (value.Length == 0 || value is "." or ".." || value.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0)
            result.AddError($"--run-id '{value}' must be a plain folder name");
    }

    public static void ValidateOrder(OptionResult result)
    {
        var value = result.GetValueOrDefault<string>();
        if (!ScenarioOrder.TryParse(value, out _))
            result.AddError($"--order '{value}' must be {ScenarioOrder.Syntax}");
    }

    /// <summary>A value that does not convert already has the parser's own error; do not add a second one.</summary>
    private static bool TryGetValue<T>(OptionResult result, out T? value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }
}
