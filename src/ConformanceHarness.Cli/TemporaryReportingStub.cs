// TEMPORARY stand-in for ConformanceHarness.Reporting (being written on another branch); deleted at merge.
using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Reporting;

public static class ReportDirectory
{
    public static IReadOnlyList<string> Formats { get; } = ["ndjson", "junit"];

    public static ReportSession Open(string reportRoot, string runId, IReadOnlyCollection<string> formats)
    {
        var directory = Path.GetFullPath(Path.Combine(reportRoot, runId));
        System.IO.Directory.CreateDirectory(directory);
        var files = formats.Select(format => Path.Combine(directory, format == "junit" ? "junit.xml" : "cucumber.ndjson")).ToList();
        foreach (var file in files) File.WriteAllText(file, "");
        return new ReportSession(directory, files);
    }
}

public sealed class ReportSession(string directory, IReadOnlyList<string> files) : IDisposable
{
    public string Directory { get; } = directory;

    public IReadOnlyList<string> Files { get; } = files;

    public void Subscribe(RunEventBus bus) { }

    public void Dispose() { }
}
