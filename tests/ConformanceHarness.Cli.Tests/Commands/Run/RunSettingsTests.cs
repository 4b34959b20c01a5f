using ConformanceHarness.Cli.Commands.Run;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Tests.Commands.Run;

public sealed class RunSettingsTests
{
    [Fact]
    public void From_NoOrderOrRetry_DefinedOrderAndNoRetry()
    {
        var settings = Parse();

        Assert.Equal(ScenarioOrder.Defined, settings.Order);
        Assert.Equal(0, settings.Retry);
    }

    [Theory]
    [InlineData("defined", ScenarioOrderKind.Defined, null)]
    [InlineData("reverse", ScenarioOrderKind.Reverse, null)]
    [InlineData("random", ScenarioOrderKind.Random, null)]
    [InlineData("random:1234", ScenarioOrderKind.Random, 1234)]
    public void From_Order_ParsesKindAndSeed(string value, ScenarioOrderKind kind, int? seed)
    {
        var settings = Parse("--order", value);

        Assert.Equal(new ScenarioOrder(kind, seed), settings.Order);
    }

    [Fact]
    public void From_Retry_ParsesTheNumberOfExtraAttempts()
    {
        Assert.Equal(3, Parse("--retry", "3").Retry);
    }

    private static RunSettings Parse(params string[] args)
    {
        var parseResult = RunCommandDefinition.Create().Parse(["Features", .. args]);
        Assert.Empty(parseResult.Errors);
        return RunSettings.From(parseResult);
    }
}
