using System.Diagnostics;
using System.Text;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// A started command whose stdout and stderr are captured as they arrive (exactly, not line by line), so a server's log
/// can be read for diagnostics while it runs and a client's output becomes a <see cref="ToolResult"/>.
/// Disposing stops it: SIGTERM, then SIGKILL after <see cref="StopGrace"/>.
/// </summary>
public sealed class ToolProcess : IAsyncDisposable
{
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();
    private readonly StringBuilder _output = new();

    private Task _pumps = Task.CompletedTask;
    private bool _disposed;

    private ToolProcess(Process process, string commandLine)
    {
        Process = process;
        CommandLine = commandLine;
    }

    public Process Process { get; }

    /// <summary>The command as started, for messages.</summary>
    public string CommandLine { get; }

    /// <summary>The process id (still readable after disposal).</summary>
    public int Id { get; private set; }

    public bool HasExited => _disposed || Process.HasExited;

    public string StandardOutput => Read(_standardOutput);

    public string StandardError => Read(_standardError);

    /// <summary>Both streams interleaved in arrival order.</summary>
    public string Output => Read(_output);

    public static ToolProcess Start(string file, IEnumerable<string> arguments,
        IEnumerable<KeyValuePair<string, string>>? environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        var tool = new ToolProcess(new Process { StartInfo = start }, string.Join(' ', [file, .. start.ArgumentList]));
        tool.Process.Start();
        tool.Id = tool.Process.Id;
        tool._pumps = Task.WhenAll(
            tool.PumpAsync(tool.Process.StandardOutput, tool._standardOutput), tool.PumpAsync(tool.Process.StandardError, tool._standardError));
        return tool;
    }

    /// <summary>Runs a command to completion; past <paramref name="timeout"/> it is killed and <see cref="TimeoutException"/> thrown.</summary>
    public static async Task<ToolResult> RunAsync(string file, IEnumerable<string> arguments,
        IEnumerable<KeyValuePair<string, string>>? environment, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var process = Start(file, arguments, environment, workingDirectory);
        return await process.WaitAsync(timeout, cancellationToken);
    }

    /// <summary>Waits for the exit and the end of its output; past <paramref name="timeout"/> kills it and throws <see cref="TimeoutException"/> quoting the output.</summary>
    public async Task<ToolResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await Process.WaitForExitAsync(limit.Token);
            await _pumps.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            if (cancellationToken.IsCancellationRequested) throw;
            throw new TimeoutException($"`{CommandLine}` did not finish within {timeout.TotalSeconds} s; it printed:\n{Output}");
        }
        return new ToolResult(Process.ExitCode, StandardOutput, StandardError);
    }

    /// <summary>SIGTERM, then SIGKILL (with its children) when it has not exited after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (HasExited || !Libc.Terminate(Id)) return;
        using var limit = new CancellationTokenSource(grace);
        try
        {
            await Process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await StopAsync(StopGrace);
        Process.Dispose();
    }

    private async Task KillAsync()
    {
        if (!HasExited) Process.Kill(entireProcessTree: true);
        using var limit = new CancellationTokenSource(StopGrace);
        await Process.WaitForExitAsync(limit.Token);
    }

    private async Task PumpAsync(StreamReader reader, StringBuilder stream)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (_gate)
            {
                stream.Append(buffer, 0, read);
                _output.Append(buffer, 0, read);
            }
        }
    }

    private string Read(StringBuilder stream)
    {
        lock (_gate) return stream.ToString();
    }
}
