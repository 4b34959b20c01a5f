using ConformanceHarness.Gherkin.Tags;

namespace ConformanceHarness.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly FeatureWorkspace _workspace = new();

    public BadInputTests() => _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("unknown option '--bogus'", "--bogus")]
    [InlineData("invalid name filter \"(\"", "--name", "(")]
    [InlineData("--parallel must be at least 1, but was 0", "--parallel", "0")]
    [InlineData("Cannot parse argument 'many' for option '--parallel'", "--parallel", "many")]
    [InlineData("unknown report format 'xml' for --format (known: ndjson, junit)", "--format", "ndjson,xml")]
    [InlineData("--step-timeout must be a positive number of seconds, but was 0", "--step-timeout", "0")]
    [InlineData("--run-id 'a/b' must be a plain folder name", "--run-id", "a/b")]
    [InlineData("binding assembly 'missing.dll' does not exist", "--bindings", "missing.dll")]
    [InlineData("--order 'shuffle' must be defined, reverse, random or random:SEED", "--order", "shuffle")]
    [InlineData("--order 'random:x' must be defined, reverse, random or random:SEED", "--order", "random:x")]
    [InlineData("--order 'random:-3' must be defined, reverse, random or random:SEED", "--order", "random:-3")]
    [InlineData("--retry must be at least 0, but was -1", "--retry", "-1")]
    [InlineData("Cannot parse argument 'twice' for option '--retry'", "--retry", "twice")]
    public async Task Run_BadOption_PrintsOneErrorLineAndExitsTwo(string message, params string[] extra)
    {
        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs(extra));

        AssertOneLineError(run, message);
    }

    [Fact]
    public async Task Run_MissingPath_PrintsOneErrorLineAndExitsTwo()
    {
        var missing = Path.Combine(_workspace.Root, "Nope");

        var run = await HarnessInvocation.RunAsync(["run", missing, "--report-dir", _workspace.ReportsDirectory]);

        AssertOneLineError(run, $"feature path '{missing}' does not exist");
    }

    [Fact]
    public async Task Run_MalformedTagExpression_PrintsOneErrorLineAndExitsTwo()
    {
        if (!TagExpressionsAreValidated())
            Assert.Skip("the TagExpression stand-in in Gherkin/Stubs does not validate yet; the real parser does");

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs("--tags", "@fhir and ("));

        AssertOneLineError(run, "invalid tag expression");
    }

    [Theory]
    [InlineData("unknown command or option 'frobnicate'", "frobnicate")]
    [InlineData("Required command was not provided", new string[0])]
    [InlineData("Argument 'yaml' not recognized. Must be one of: 'text' 'json'", "list", "--format", "yaml")]
    [InlineData("unknown option '--bogus'", "list", "--bogus")]
    [InlineData("invalid name filter \"[\"", "list", "--name", "[")]
    public async Task Harness_BadCommandLine_PrintsOneErrorLineAndExitsTwo(string message, params string[] args)
    {
        var run = await HarnessInvocation.RunAsync(args);

        AssertOneLineError(run, message);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("list", "--help")]
    public async Task Harness_Help_PrintsUsageAndExitsZero(params string[] args)
    {
        var run = await HarnessInvocation.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    private static void AssertOneLineError(HarnessInvocation run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("harness: error: ", line);
        Assert.Contains(message, line);
    }

    private static bool TagExpressionsAreValidated()
    {
        try
        {
            TagExpression.Parse("@fhir and (");
            return false;
        }
        catch (TagExpressionException)
        {
            return true;
        }
    }
}
