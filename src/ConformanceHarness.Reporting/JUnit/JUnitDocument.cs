using System.Globalization;
using System.Text;
using System.Xml;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.JUnit;

/// <summary>
/// Writes a <see cref="JUnitReport"/> in the Jenkins/Surefire JUnit XML shape: <c>testsuites</c>, one
/// <c>testsuite</c> per feature, one <c>testcase</c> per scenario or example row, and a "harness" suite
/// for parse, binding and hook problems. Every text and attribute goes through <see cref="XmlText.Clean"/>.
/// </summary>
public static class JUnitDocument
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    };

    public static void Write(Stream stream, JUnitReport report)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        WriteCounts(xml, report.Name, report.Scenarios, report.Problems.Count, report.Duration, report.Started);
        foreach (var feature in report.Scenarios.GroupBy(s => s.TestCase.Feature))
            WriteSuite(xml, feature.ToList(), report.StepLogs);
        if (report.Problems.Count > 0)
            WriteHarnessSuite(xml, report.Problems, report.Started);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter xml, IReadOnlyList<ScenarioResult> scenarios, IReadOnlyDictionary<string, string> logs)
    {
        xml.WriteStartElement("testsuite");
        var duration = TimeSpan.FromTicks(scenarios.Sum(s => s.Duration.Ticks));
        WriteCounts(xml, scenarios[0].TestCase.Feature.FeatureName, scenarios, 0, duration, scenarios.Min(s => s.Started));
        Attribute(xml, "hostname", Environment.MachineName);
        foreach (var scenario in scenarios)
            ScenarioElement.Write(xml, scenario, logs.GetValueOrDefault(scenario.TestCase.Id, ""));
        xml.WriteEndElement();
    }

    private static void WriteHarnessSuite(XmlWriter xml, IReadOnlyList<HarnessProblem> problems, DateTimeOffset started)
    {
        xml.WriteStartElement("testsuite");
        WriteCounts(xml, JUnitReport.HarnessSuiteName, [], problems.Count, TimeSpan.Zero, started);
        Attribute(xml, "hostname", Environment.MachineName);
        foreach (var problem in problems)
        {
            xml.WriteStartElement("testcase");
            Attribute(xml, "name", $"{problem.Kind}: {problem.Name}");
            Attribute(xml, "classname", JUnitReport.HarnessSuiteName);
            Attribute(xml, "time", "0");
            xml.WriteStartElement(JUnitOutcomes.Error);
            Attribute(xml, "message", problem.Message);
            Attribute(xml, "type", problem.Kind);
            xml.WriteString(XmlText.Clean(problem.Message));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Harness problems count as tests in error, so CI shows them.</summary>
    private static void WriteCounts(XmlWriter xml, string name, IReadOnlyList<ScenarioResult> scenarios, int problems,
        TimeSpan duration, DateTimeOffset started)
    {
        Attribute(xml, "name", name);
        Attribute(xml, "tests", Number(scenarios.Count + problems));
        Attribute(xml, "failures", Number(JUnitOutcomes.Count(scenarios, JUnitOutcomes.Failure)));
        Attribute(xml, "errors", Number(JUnitOutcomes.Count(scenarios, JUnitOutcomes.Error) + problems));
        Attribute(xml, "skipped", Number(JUnitOutcomes.Count(scenarios, JUnitOutcomes.Skipped)));
        Attribute(xml, "time", Seconds(duration));
        Attribute(xml, "timestamp", started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
    }

    internal static void Attribute(XmlWriter xml, string name, string? value) =>
        xml.WriteAttributeString(name, XmlText.Clean(value));

    internal static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
