using System.Globalization;
using System.Xml;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.JUnit;

/// <summary>One scenario as a <c>testcase</c>: its verdict element (if it did not pass), a note of its attempts if it was retried, and its step log.</summary>
internal static class ScenarioElement
{
    public static void Write(XmlWriter xml, ScenarioResult scenario, string stepLog)
    {
        var testCase = scenario.TestCase;
        xml.WriteStartElement("testcase");
        JUnitDocument.Attribute(xml, "name", testCase.ExampleLabel is null ? testCase.Name : $"{testCase.Name} [{testCase.ExampleLabel}]");
        JUnitDocument.Attribute(xml, "classname", testCase.Feature.FeatureName);
        JUnitDocument.Attribute(xml, "time", JUnitDocument.Seconds(scenario.Duration));
        JUnitDocument.Attribute(xml, "file", testCase.Feature.Uri);
        JUnitDocument.Attribute(xml, "line", (testCase.Pickle.Location?.Line ?? 0).ToString(CultureInfo.InvariantCulture));
        WriteVerdict(xml, scenario);
        var output = AttemptsNote(scenario) + stepLog;
        if (output.Length > 0)
        {
            xml.WriteStartElement("system-out");
            xml.WriteString(XmlText.Clean(output));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// For a retried scenario, one line first in <c>system-out</c>: "flaky: passed on attempt 2 of 2 (failed, passed)"
    /// or "retried: failed after 3 attempts (failed, failed, failed)". The <c>testcase</c> keeps the last attempt's verdict.
    /// </summary>
    public static string AttemptsNote(ScenarioResult scenario)
    {
        if (scenario.Attempt == 0) return "";
        var count = scenario.Attempt + 1;
        var outcomes = string.Join(", ", scenario.EarlierAttempts.Append(scenario).Select(a => a.Outcome.ToString().ToLowerInvariant()));
        return scenario.IsFlaky
            ? $"flaky: passed on attempt {count} of {count} ({outcomes})\n"
            : $"retried: {scenario.Outcome.ToString().ToLowerInvariant()} after {count} attempts ({outcomes})\n";
    }

    private static void WriteVerdict(XmlWriter xml, ScenarioResult scenario)
    {
        var element = JUnitOutcomes.Elements[scenario.Outcome];
        if (element is null) return;
        var deciding = scenario.Steps.FirstOrDefault(step => step.Outcome == scenario.Outcome);
        var message = scenario.Message ?? scenario.Outcome.ToString();
        xml.WriteStartElement(element);
        JUnitDocument.Attribute(xml, "message", message);
        if (element != JUnitOutcomes.Skipped)
        {
            JUnitDocument.Attribute(xml, "type", scenario.Outcome.ToString());
            xml.WriteString(XmlText.Clean(deciding?.Exception?.ToString() ?? message));
        }
        xml.WriteEndElement();
    }
}
