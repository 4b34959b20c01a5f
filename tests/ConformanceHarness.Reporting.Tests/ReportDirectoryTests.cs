using System.Text;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Reporting.Tests.Support;

namespace ConformanceHarness.Reporting.Tests;

public sealed class ReportDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("report-root-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Open_BothFormats_WritesEachFileInTheRunFolder()
    {
        using (var session = ReportDirectory.Open(_root.FullName, "run-1", ["junit", "ndjson"]))
        {
            Assert.Equal(Path.Combine(_root.FullName, "run-1"), session.Directory);
            Assert.Equal(["cucumber.ndjson", "junit.xml"], session.Files.Select(Path.GetFileName));
            await FeatureRun.RunAsync(StatusFeature.Text, [typeof(StatusSteps)], [.. session.Listeners]);
        }

        var envelopes = Envelopes.Read(await File.ReadAllBytesAsync(Path.Combine(_root.FullName, "run-1", "cucumber.ndjson"), TestContext.Current.CancellationToken));
        EnvelopeInvariants.AssertHold(envelopes);
        var junit = JUnitRun.Validate(await File.ReadAllBytesAsync(Path.Combine(_root.FullName, "run-1", "junit.xml"), TestContext.Current.CancellationToken));
        Assert.Equal("9", (string?)junit.Root!.Attribute("tests"));
    }

    [Fact]
    public void Open_OneFormat_CreatesOnlyItsFile()
    {
        using (var session = ReportDirectory.Open(_root.FullName, "run-2", ["NDJSON"]))
            Assert.IsType<CucumberMessagesWriter>(Assert.Single(session.Listeners));

        Assert.Equal(["cucumber.ndjson"], Directory.GetFiles(Path.Combine(_root.FullName, "run-2")).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_UnknownFormat_ThrowsListingTheValidOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportDirectory.Open(_root.FullName, "run-3", ["ndjson", "allure"]));

        Assert.Contains("\"allure\"", error.Message);
        Assert.Contains("ndjson, junit", error.Message);
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "run-3")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData(" ")]
    public void Open_RunIdThatIsNotOneFolderName_Throws(string runId)
    {
        Assert.Throws<ArgumentException>(() => ReportDirectory.Open(_root.FullName, runId, ["junit"]));
    }

    [Fact]
    public async Task Subscribe_Bus_DeliversTheRunToEveryWriter()
    {
        var bus = new RunEventBus();
        using (var session = ReportDirectory.Open(_root.FullName, "run-4", ["ndjson", "junit"]))
        {
            session.Subscribe(bus);
            var options = new RunOptions { Paths = ["none.feature"], BaseDirectory = _root.FullName, BindingTypes = [typeof(StatusSteps)] };
            await File.WriteAllTextAsync(Path.Combine(_root.FullName, "none.feature"), "Feature: F\n  Scenario: s\n    Given a passing step\n",
                TestContext.Current.CancellationToken);
            await new GherkinRunner(options, bus).RunAsync(TestContext.Current.CancellationToken);
        }

        var ndjson = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(_root.FullName, "run-4", "cucumber.ndjson"),
            TestContext.Current.CancellationToken));
        Assert.Contains("\"testRunFinished\"", ndjson);
        Assert.Contains("tests=\"1\"", await File.ReadAllTextAsync(Path.Combine(_root.FullName, "run-4", "junit.xml"),
            TestContext.Current.CancellationToken));
    }
}
