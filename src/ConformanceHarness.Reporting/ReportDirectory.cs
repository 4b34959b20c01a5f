using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Reporting;

/// <summary>
/// Opens <c>&lt;reportRoot&gt;/&lt;runId&gt;/</c> with one writer per requested format
/// (<c>ndjson</c> → <c>cucumber.ndjson</c>, <c>junit</c> → <c>junit.xml</c>; see <see cref="ReportFormat.All"/>).
/// </summary>
public static class ReportDirectory
{
    /// <summary>The format names <see cref="Open"/> accepts, in registry order.</summary>
    public static IReadOnlyList<string> Formats { get; } = ReportFormat.All.Select(format => format.Name).ToList();

    /// <exception cref="ArgumentException">An unknown format (the message lists the valid ones) or an unusable run id.</exception>
    public static ReportSession Open(string reportRoot, string runId, IReadOnlyCollection<string> formats)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportRoot);
        ValidateRunId(runId);
        var selected = Resolve(formats);
        var directory = Path.GetFullPath(Path.Combine(reportRoot, runId));
        System.IO.Directory.CreateDirectory(directory);
        var files = new List<string>();
        var listeners = new List<IRunEventListener>();
        try
        {
            foreach (var format in selected)
            {
                var path = Path.Combine(directory, format.OutputName);
                listeners.Add(format.Create(path));
                files.Add(path);
            }
        }
        catch
        {
            foreach (var listener in listeners.OfType<IDisposable>()) listener.Dispose();
            throw;
        }
        return new ReportSession(directory, files, listeners);
    }

    private static IReadOnlyList<ReportFormat> Resolve(IReadOnlyCollection<string> formats)
    {
        var unknown = formats.Where(name => !ReportFormat.TryGet(name, out _)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException(
                $"unknown report format {string.Join(", ", unknown.Select(n => $"\"{n}\""))}; valid formats are: " +
                string.Join(", ", ReportFormat.All.Select(f => f.Name)), nameof(formats));
        return ReportFormat.All.Where(format => formats.Any(name => ReportFormat.TryGet(name, out var f) && f == format)).ToList();
    }

    private static void ValidateRunId(string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        if (runId is "." or ".." || runId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || runId.Contains('/') || runId.Contains('\\'))
            throw new ArgumentException($"run id \"{runId}\" cannot name a folder", nameof(runId));
    }
}
