using System.Text.RegularExpressions;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// Finds and removes namespaces a crashed test run left behind: named <c>hx-&lt;pid&gt;-…</c> whose creating process is gone
/// and which hold no process. Others' live namespaces (another worktree's run) are left alone.
/// </summary>
internal static partial class StaleNamespaces
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task DeleteAsync(string ip, CancellationToken cancellationToken)
    {
        var listed = await IpAsync(ip, ["netns", "list"], cancellationToken);
        foreach (Match match in Owned().Matches(listed.StandardOutput))
        {
            if (Directory.Exists($"/proc/{match.Groups["pid"].Value}")) continue;
            if ((await PidsAsync(ip, match.Groups["name"].Value, cancellationToken)).Count > 0) continue;
            await IpAsync(ip, ["netns", "delete", match.Groups["name"].Value], cancellationToken);
        }
    }

    /// <summary>SIGKILLs every process still inside <paramref name="name"/> (ours: the namespace is private) and waits until none is.</summary>
    public static async Task KillInsideAsync(string ip, string name, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var pids = await PidsAsync(ip, name, cancellationToken);
            if (pids.Count == 0) return;
            foreach (var pid in pids) KillQuietly(pid);
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        throw new InvalidOperationException($"processes are still alive in network namespace {name} after SIGKILL");
    }

    private static async Task<IReadOnlyList<int>> PidsAsync(string ip, string name, CancellationToken cancellationToken)
    {
        var result = await IpAsync(ip, ["netns", "pids", name], cancellationToken);
        return [.. result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse)];
    }

    private static void KillQuietly(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>Runs <c>ip</c> to completion, bounded by 15 s.</summary>
    public static Task<ToolResult> IpAsync(string ip, string[] arguments, CancellationToken cancellationToken) =>
        ToolProcess.RunAsync(ip, arguments, null, "/", Timeout, cancellationToken);

    [GeneratedRegex(@"^(?<name>hx-(?<pid>\d+)-[0-9a-f]+)\b", RegexOptions.Multiline)]
    private static partial Regex Owned();
}
