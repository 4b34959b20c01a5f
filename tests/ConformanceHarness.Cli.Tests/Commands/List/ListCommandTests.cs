using System.Text.Json;

namespace ConformanceHarness.Cli.Tests.Commands.List;

public sealed class ListCommandTests : IDisposable
{
    private readonly FeatureWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task List_Text_ShowsScenariosExampleRowsLocationsAndTags()
    {
        _workspace.AddFeature("Outline.feature", SampleFeatures.Outline);

        var list = await HarnessInvocation.RunAsync(["list", _workspace.FeaturesDirectory]);

        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"Feature: Outline  \(.*Outline\.feature\)  @dicom", list.Stdout);
        Assert.Matches(@"Outline\.feature:3  plain  @dicom\n", list.Stdout);
        Assert.Matches(@"Outline\.feature:7  status <code>  @dicom @slow\n", list.Stdout);
        Assert.Matches(@"Outline\.feature:12  \[good: 200\]\n", list.Stdout);
        Assert.Matches(@"Outline\.feature:17  \[bad: 500\]  @wip\n", list.Stdout);
        Assert.Contains("3 scenario(s) in 1 feature(s)", list.Stdout);
    }

    [Fact]
    public async Task List_TagsAndName_ListOnlyWhatRunWouldSelect()
    {
        _workspace.AddFeature("Outline.feature", SampleFeatures.Outline);
        _workspace.AddFeature("Demonstration.feature", SampleFeatures.WithExpectedFailure);

        var byTag = await HarnessInvocation.RunAsync(["list", _workspace.FeaturesDirectory, "--tags", "@slow"]);
        var byDefault = await HarnessInvocation.RunAsync(["list", _workspace.FeaturesDirectory, "--name", "^(works|fails on purpose)$"]);

        Assert.DoesNotContain("plain", byTag.Stdout);
        Assert.Contains("2 scenario(s) in 1 feature(s)", byTag.Stdout);
        Assert.Contains("works", byDefault.Stdout);
        Assert.DoesNotContain("fails on purpose", byDefault.Stdout);
    }

    [Fact]
    public async Task List_Json_DescribesFeaturesScenariosAndRows()
    {
        _workspace.AddFeature("Outline.feature", SampleFeatures.Outline);

        var list = await HarnessInvocation.RunAsync(["list", _workspace.FeaturesDirectory, "--format", "json"]);

        using var json = JsonDocument.Parse(list.Stdout);
        var feature = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("Outline", feature.GetProperty("name").GetString());
        var outline = feature.GetProperty("scenarios")[1];
        Assert.EndsWith("Outline.feature:7", outline.GetProperty("location").GetString());
        Assert.Equal("good: 200", outline.GetProperty("examples")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task List_SyntaxError_PrintsFileLineColumnAndExitsTwo()
    {
        _workspace.AddFeature("Broken.feature", "Feature: Broken\n  Scenario: s\n    Given a step\n  not gherkin\n");

        var list = await HarnessInvocation.RunAsync(["list", _workspace.FeaturesDirectory]);

        Assert.Equal(2, list.ExitCode);
        Assert.Matches(@"^harness: error: .*Broken\.feature:4:\d+: ", list.Stderr);
    }
}
