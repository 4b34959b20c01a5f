using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Reporting;

/// <summary>
/// One report format: its CLI name, the file (or folder) it writes inside the run's report folder,
/// and how to create its writer for that path. Writers that are <see cref="IDisposable"/> are
/// disposed when the <see cref="ReportSession"/> ends.
/// </summary>
public sealed record ReportFormat(string Name, string OutputName, Func<string, IRunEventListener> Create)
{
    public static ReportFormat Ndjson { get; } =
        new("ndjson", "cucumber.ndjson", path => new CucumberMessagesWriter(File.Create(path)));

    public static ReportFormat JUnit { get; } =
        new("junit", "junit.xml", path => new JUnitXmlWriter(File.Create(path)));

    /// <summary>Every known format, in the order their files are listed. Later writers add a line here.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [Ndjson, JUnit];

    public static bool TryGet(string name, out ReportFormat format)
    {
        format = All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return format is not null;
    }
}
