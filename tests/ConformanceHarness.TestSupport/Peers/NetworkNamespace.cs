using System.Collections.Concurrent;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// A private Linux network namespace holding only loopback (<c>ip netns add hx-&lt;pid&gt;-&lt;random&gt;</c>, lo up), for peers
/// that bind 0.0.0.0 (storescp 3.6.7, Orthanc 1.10.1; real-peers.md §3). Commands run inside through <c>ip netns exec</c>;
/// in-process code reaches them through sockets made inside (<see cref="CreateSocket"/>). Disposing kills every process
/// inside and deletes the namespace. Needs root and iproute2: skips locally, fails when CI=true.
/// </summary>
public sealed partial class NetworkNamespace : IAsyncDisposable
{
    /// <summary>Every name starts so, then the creating process id: <see cref="StaleNamespaces"/> finds leftovers by it.</summary>
    public const string Prefix = "hx-";

    private readonly ConcurrentQueue<ToolProcess> _started = new();
    private readonly string _ip;

    private NetworkNamespace(string ip, string name)
    {
        _ip = ip;
        Name = name;
    }

    public string Name { get; }

    /// <summary>The bind mount <c>ip netns</c> keeps; setns(2) opens it.</summary>
    public string Path => $"/var/run/netns/{Name}";

    public static async Task<NetworkNamespace> CreateAsync(CancellationToken cancellationToken)
    {
        var ip = ExternalTool.Find("ip");
        ExternalTool.Require(ip is not null, "`ip` (iproute2) is not installed; the DCMTK and Orthanc peers run in a network namespace it creates");
        ExternalTool.Require(Libc.IsRoot, "creating a network namespace needs root; the DCMTK and Orthanc peers bind 0.0.0.0 and run in one");
        await StaleNamespaces.DeleteAsync(ip!, cancellationToken);
        var created = new NetworkNamespace(ip!, $"{Prefix}{Environment.ProcessId}-{Random.Shared.Next():x8}");
        var added = await created.IpAsync(["netns", "add", created.Name], cancellationToken);
        ExternalTool.Require(added.ExitCode == 0, $"`ip netns add {created.Name}` failed (needs CAP_SYS_ADMIN): {added.StandardError.Trim()}");
        var up = await created.IpAsync(["-n", created.Name, "link", "set", "lo", "up"], cancellationToken);
        if (up.ExitCode == 0) return created;
        await created.DisposeAsync();
        throw new InvalidOperationException($"`ip -n {created.Name} link set lo up` failed: {up}");
    }

    /// <summary>Starts <paramref name="file"/> inside (<c>ip netns exec</c>, which execs it: the process id is the command's).</summary>
    public ToolProcess Start(string file, IEnumerable<string> arguments,
        IEnumerable<KeyValuePair<string, string>>? environment, string workingDirectory)
    {
        var process = ToolProcess.Start(_ip, ["netns", "exec", Name, file, .. arguments], environment, workingDirectory);
        _started.Enqueue(process);
        return process;
    }

    /// <summary>Runs a client command inside to completion; past <paramref name="timeout"/> it is killed and <see cref="TimeoutException"/> thrown.</summary>
    public async Task<ToolResult> RunAsync(string file, IEnumerable<string> arguments,
        IEnumerable<KeyValuePair<string, string>>? environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var process = Start(file, arguments, environment, System.IO.Path.GetTempPath());
        return await process.WaitAsync(timeout, cancellationToken);
    }

    public Task<ToolResult> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(file, arguments, null, timeout, cancellationToken);

    /// <summary>Stops what was started here (SIGTERM, then SIGKILL), kills anything else left inside, deletes the namespace.</summary>
    public async ValueTask DisposeAsync()
    {
        while (_started.TryDequeue(out var process)) await process.DisposeAsync();
        await StaleNamespaces.KillInsideAsync(_ip, Name, CancellationToken.None);
        var deleted = await IpAsync(["netns", "delete", Name], CancellationToken.None);
        if (deleted.ExitCode != 0) throw new InvalidOperationException($"`ip netns delete {Name}` failed: {deleted}");
    }

    public override string ToString() => Name;

    private Task<ToolResult> IpAsync(string[] arguments, CancellationToken cancellationToken) =>
        StaleNamespaces.IpAsync(_ip, arguments, cancellationToken);
}
