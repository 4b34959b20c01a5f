using System.Text.RegularExpressions;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary>
/// A <c>harness</c> command that keeps running (<c>dicom listen</c>), started in-process on its own task: its output can
/// be read while it runs, <see cref="StopAsync"/> is what Ctrl+C does.
/// </summary>
public sealed partial class RunningHarness : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private readonly SynchronizedStringWriter _stdout = new();
    private readonly SynchronizedStringWriter _stderr = new();
    private readonly Task<int> _exit;

    private RunningHarness(string[] args) => _exit = Task.Run(() => HarnessApp.RunAsync(args, _stdout, _stderr, _stop.Token));

    public string Stdout => _stdout.ToString();

    public static RunningHarness Start(params string[] args) => new(args);

    /// <summary>The port from the "listening on 127.0.0.1:PORT" line.</summary>
    public async Task<int> WaitForPortAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (ListeningLine().Match(Stdout) is { Success: true } match) return int.Parse(match.Groups[1].Value);
            if (_exit.IsCompleted) Assert.Fail($"the command ended ({await _exit}) before listening: {_stderr}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"no 'listening on' line within {Patience.TotalSeconds} s: {Stdout}");
    }

    /// <summary>Waits for the command to end by itself.</summary>
    public async Task<HarnessInvocation> WaitForExitAsync()
    {
        var exitCode = await _exit.WaitAsync(Patience, TestContext.Current.CancellationToken);
        return new HarnessInvocation(exitCode, Stdout, _stderr.ToString());
    }

    /// <summary>Ctrl+C, then waits for the command to end.</summary>
    public async Task<HarnessInvocation> StopAsync()
    {
        await _stop.CancelAsync();
        return await WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAny(_exit, Task.Delay(Patience, CancellationToken.None));
        _stop.Dispose();
    }

    [GeneratedRegex(@"listening on 127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}
