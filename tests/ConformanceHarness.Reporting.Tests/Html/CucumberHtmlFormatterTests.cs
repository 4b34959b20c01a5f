using ConformanceHarness.TestSupport;
using System.Text.Json.Nodes;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Reporting.Tests.Support;
using ConformanceHarness.Steps.Harness;

namespace ConformanceHarness.Reporting.Tests.Html;

/// <summary>
/// Our NDJSON proven by its real consumer: the Cucumber HTML formatter draws every scenario name and
/// failure message of a run only from well-formed messages (checked in headless Chromium).
/// </summary>
public sealed class CucumberHtmlFormatterTests
{
    [Fact]
    public async Task RenderedReport_ShowsEveryScenarioNameAndFailureMessage()
    {
        RequirePeers();
        var (ndjson, result) = await RunSampleFeaturesAsync();

        var text = await HtmlReportRenderer.RenderVisibleTextAsync(ndjson);

        Assert.All(result.Scenarios.Select(s => s.TestCase.Name).Distinct(), name => Assert.Contains(name, text));
        var failures = result.Scenarios.Where(s => s.Outcome is Outcome.Failed or Outcome.Error).Select(s => s.Message!).ToList();
        Assert.NotEmpty(failures);
        Assert.All(failures, message => Assert.Contains(message, text));
    }

    [Fact]
    public async Task RenderedReport_WithoutPickleMessages_ShowsNoScenario()
    {
        RequirePeers();
        var (ndjson, result) = await RunSampleFeaturesAsync();
        var lines = await File.ReadAllLinesAsync(ndjson, TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(ndjson, lines.Where(line => JsonNode.Parse(line)!["pickle"] is null), TestContext.Current.CancellationToken);

        var text = await HtmlReportRenderer.RenderVisibleTextAsync(ndjson);

        Assert.All(result.Scenarios.Select(s => s.TestCase.Name), name => Assert.DoesNotContain(name, text));
    }

    private static void RequirePeers()
    {
        ExternalTool.Require(ExternalTool.Find("node") is not null, "node is not installed");
        ExternalTool.Require(HtmlReportRenderer.FormatterInstalled, "the Cucumber HTML formatter is not installed: run `npm ci` in tools/");
        ExternalTool.Require(HtmlReportRenderer.Chromium is not null, "chromium is not installed (apt-get install chromium)");
    }

    private static async Task<(string Ndjson, RunResult Result)> RunSampleFeaturesAsync()
    {
        var folder = Directory.CreateTempSubdirectory("harness-html-").FullName;
        var ndjson = Path.Combine(folder, "cucumber.ndjson");
        var options = new RunOptions
        {
            Paths = ["Features/Harness"],
            BaseDirectory = RepositoryRoot.Path,
            BindingAssemblies = [typeof(Basket).Assembly],
        };
        var runner = new GherkinRunner(options);
        RunResult result;
        await using (var stream = File.Create(ndjson))
        using (var writer = new CucumberMessagesWriter(stream))
        {
            runner.Events.Subscribe(writer);
            result = await runner.RunAsync(TestContext.Current.CancellationToken);
        }
        return (ndjson, result);
    }
}
