namespace ConformanceHarness.TestSupport.Peers;

/// <summary>Waits until a server is ready, failing fast (with its log) when it exits first or does not get ready in time.</summary>
internal static class PeerStartup
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task WaitAsync(ToolProcess server, Func<CancellationToken, Task> ready, CancellationToken cancellationToken)
    {
        using var race = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readiness = ready(race.Token);
        var exit = server.Process.WaitForExitAsync(race.Token);
        var first = await Task.WhenAny(readiness, exit);
        await race.CancelAsync();
        if (first == exit && exit.IsCompletedSuccessfully && !readiness.IsCompletedSuccessfully)
            throw new InvalidOperationException($"`{server.CommandLine}` exited before it was ready; it printed:\n{server.Output}");
        try
        {
            await readiness;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; `{server.CommandLine}` printed:\n{server.Output}", e);
        }
    }
}
