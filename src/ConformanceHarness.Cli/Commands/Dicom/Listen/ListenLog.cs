using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Cli.Commands.Dicom.Listen;

/// <summary>
/// What <c>harness dicom listen</c> prints: a line per connection (with the TLS session, or why its handshake failed),
/// association request, answer and end, and per request
/// other than C-STORE (whose lines come from the storage handler), each prefixed with the connection id. Counts the
/// associations that have ended (released, aborted or rejected) and completes <see cref="Done"/> at <c>exitAfter</c>.
/// Events arrive on the connections' threads; lines are written whole, one at a time.
/// </summary>
public sealed class ListenLog(TextWriter output, int? exitAfter)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _ended;

    public Task Done => _done.Task;

    public int Associations => Volatile.Read(ref _ended);

    public void Line(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }

    public void On(DicomNetworkEvent networkEvent)
    {
        if (Describe(networkEvent) is { } text) Line($"{networkEvent.ConnectionId}: {text}");
        if (networkEvent is AssociationRejected or AssociationReleased or AssociationAborted
            && Interlocked.Increment(ref _ended) == exitAfter) _done.TrySetResult();
    }

    private static string? Describe(DicomNetworkEvent networkEvent) => networkEvent switch
    {
        ConnectionOpened opened => $"connection from {opened.Remote}{(opened.Tls is { } tls ? $" over {tls}" : "")}",
        ConnectionClosed { How: not "closed" } closed => closed.How,
        AssociationRequested requested => $"A-ASSOCIATE-RQ from {requested.Request.CallingAeTitle} to {requested.Request.CalledAeTitle}",
        AssociationAccepted accepted => $"accepted ({accepted.PresentationContexts.Count(context => context.IsAccepted)} of " +
            $"{accepted.PresentationContexts.Count} presentation contexts)",
        AssociationRejected rejected => $"rejected: {rejected.Reason}",
        AssociationReleased released => $"released by {(released.ByPeer ? "the peer" : "this side")}",
        AssociationAborted aborted => $"aborted by {(aborted.ByPeer ? "the peer" : "this side")}: {aborted.Detail}",
        DimseMessageExchanged { Sent: false, Command: not "C-STORE-RQ" } message => $"{message.Command} received",
        _ => null,
    };
}
