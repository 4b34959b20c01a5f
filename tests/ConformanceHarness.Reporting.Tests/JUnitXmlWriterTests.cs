using System.Xml.Linq;
using ConformanceHarness.Reporting.Tests.Support;

namespace ConformanceHarness.Reporting.Tests;

public sealed partial class JUnitXmlWriterTests
{
    [Fact]
    public async Task Write_StatusRun_CountsEachOutcomeInSuiteAndTotals()
    {
        var document = await JUnitRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var suite = Assert.Single(document.Root!.Elements("testsuite"));
        Assert.Equal("Statuses", (string?)suite.Attribute("name"));
        foreach (var element in new[] { document.Root, suite })
            Assert.Equal(("9", "1", "3", "2"), Counts(element));
        Assert.Equal(9, suite.Elements("testcase").Count());
        Assert.Equal(Environment.MachineName, (string?)suite.Attribute("hostname"));
    }

    [Fact]
    public async Task Write_FailedScenario_HasFailureMessageAndStepLog()
    {
        var document = await JUnitRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var testCase = Case(document, "fails");
        var failure = Assert.Single(testCase.Elements("failure"));
        Assert.Equal(StatusSteps.FailureMessage, (string?)failure.Attribute("message"));
        Assert.Equal("Failed", (string?)failure.Attribute("type"));
        Assert.Equal(("Statuses", "test.feature", "8"),
            ((string?)testCase.Attribute("classname"), (string?)testCase.Attribute("file"), (string?)testCase.Attribute("line")));
        Assert.Equal(["Given a passing step ... passed", "Then a failing step ... failed", "    " + StatusSteps.FailureMessage,
            "And a passing step ... skipped"], Lines(testCase));
    }

    [Theory]
    [InlineData("errors", "error", "Error")]
    [InlineData("undefined", "error", "Undefined")]
    [InlineData("ambiguous", "error", "Ambiguous")]
    public async Task Write_HarnessSideOutcome_IsAnErrorNamingTheOutcome(string scenario, string element, string type)
    {
        var document = await JUnitRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var verdict = Assert.Single(Case(document, scenario).Elements(element));
        Assert.Equal(type, (string?)verdict.Attribute("type"));
        Assert.False(string.IsNullOrEmpty((string?)verdict.Attribute("message")));
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("skipped")]
    public async Task Write_NotRunScenario_IsSkippedWithItsReason(string scenario)
    {
        var document = await JUnitRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var skipped = Assert.Single(Case(document, scenario).Elements("skipped"));
        Assert.False(string.IsNullOrEmpty((string?)skipped.Attribute("message")));
    }

    [Fact]
    public async Task Write_Attachments_AreListedByMediaTypeUnderTheirStep()
    {
        var document = await JUnitRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        Assert.Equal(["When the text \"hello\" is attached ... passed", "    attachment: text/plain (note.txt)",
            "And some bytes are attached ... passed", "    attachment: application/octet-stream",
            "And a message is logged ... passed", "    attachment: text/x.cucumber.log+plain"], Lines(Case(document, "attaches")));
        Assert.Equal(["system-out"], Case(document, "attaches").Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task Write_MessageWithInvalidXmlCharacters_StaysValidAndKeepsTheRest()
    {
        var document = await JUnitRun.RunAsync("Feature: F\n  Scenario: hostile\n    Then a step fails with a hostile message\n",
            typeof(BrokenBindings));

        var message = (string?)Case(document, "hostile").Element("failure")!.Attribute("message");
        Assert.Equal("bad \uFFFD\uFFFD bytes ]]> <tag attr=\"x\"> & \uFFFD lone \uFFFD[31mred\uFFFD[0m 😀", message);
        Assert.Contains("]]>", Case(document, "hostile").Element("system-out")!.Value);
    }

    [Fact]
    public async Task Write_ParseAndBindingErrors_AreErrorsOfTheHarnessSuite()
    {
        var document = await JUnitRun.RunAsync(
            [("broken.feature", "Feature: Broken\n  Scenario: a\n    Given a passing step\n  nonsense\n"),
             ("good.feature", "Feature: Good\n  Scenario: b\n    Given a passing step\n")], typeof(StatusSteps), typeof(BrokenBindings));

        var harness = document.Root!.Elements("testsuite").Single(s => (string?)s.Attribute("name") == "harness");
        Assert.Equal(["ParseError", "BindingError"],
            harness.Elements("testcase").Select(c => (string?)c.Element("error")!.Attribute("type")));
        Assert.Contains("broken.feature:4", (string?)harness.Elements("testcase").First().Attribute("name"));
        Assert.Equal("2", (string?)document.Root.Attribute("errors"));
        Assert.Equal("3", (string?)document.Root.Attribute("tests"));
    }

    [Fact]
    public async Task Write_OutlineRow_NamesTheScenarioWithItsExampleRow()
    {
        var document = await JUnitRun.RunAsync(
            "Feature: F\n  Scenario Outline: cukes\n    Given there are <n> cukes\n    Examples: counts\n      | n |\n      | 1 |\n      | 2 |\n",
            typeof(StatusSteps));

        var names = document.Descendants("testcase").Select(c => (string?)c.Attribute("name")).ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, name => Assert.Matches(@"^cukes \[.*\]$", name));
        Assert.Contains("1", names[0]);
        Assert.Contains("2", names[1]);
    }

    [Fact]
    public void Dispose_BeforeAnyEvent_WritesAValidEmptyDocument()
    {
        var stream = new MemoryStream();

        new JUnitXmlWriter(stream, leaveOpen: true).Dispose();

        var document = JUnitRun.Validate(stream.ToArray());
        Assert.Equal(("0", "0", "0", "0"), Counts(document.Root!));
    }

    private static XElement Case(XDocument document, string name) =>
        document.Descendants("testcase").Single(c => (string?)c.Attribute("name") == name);

    private static IReadOnlyList<string> Lines(XElement testCase) =>
        testCase.Element("system-out")!.Value.TrimEnd('\n').Split('\n');

    private static (string?, string?, string?, string?) Counts(XElement element) =>
        ((string?)element.Attribute("tests"), (string?)element.Attribute("failures"), (string?)element.Attribute("errors"),
            (string?)element.Attribute("skipped"));
}
