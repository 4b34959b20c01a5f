namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// DCMTK's command-line tools (echoscu, storescu, findscu, movescu, getscu, storescp, dcmdump…) as peers. Every run has
/// TCP_NODELAY=1 in its environment: without it this Debian build stalls ~46 ms per 0.5 MB C-STORE (real-peers.md §7).
/// A missing tool skips the test locally and fails it when CI=true.
/// </summary>
public static class Dcmtk
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string> { ["TCP_NODELAY"] = "1" };

    /// <summary>The path of <paramref name="tool"/>, or skip/fail saying it is missing.</summary>
    public static string Require(string tool)
    {
        var path = ExternalTool.Find(tool);
        ExternalTool.Require(path is not null, $"DCMTK {tool} is not installed (apt-get install dcmtk)");
        return path!;
    }

    /// <summary>Runs <paramref name="tool"/> in the root network namespace, e.g. against our SCP on 127.0.0.1.</summary>
    public static Task<ToolResult> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        ToolProcess.RunAsync(Require(tool), arguments, Environment, Path.GetTempPath(), timeout, cancellationToken);

    /// <summary>Runs <paramref name="tool"/> inside <paramref name="inside"/>, e.g. against storescp or Orthanc there.</summary>
    public static Task<ToolResult> RunAsync(NetworkNamespace inside, string tool, IEnumerable<string> arguments,
        TimeSpan timeout, CancellationToken cancellationToken) =>
        inside.RunAsync(Require(tool), arguments, Environment, timeout, cancellationToken);
}
