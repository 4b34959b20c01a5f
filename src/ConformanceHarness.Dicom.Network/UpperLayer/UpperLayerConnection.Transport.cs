using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.UpperLayer;

public sealed partial class UpperLayerConnection
{
    /// <summary>No PDU-length accepted beyond this even when the maximum length is 0 (unlimited).</summary>
    private const uint UnlimitedCap = 256 * 1024 * 1024;

    private string? _abortDetail;

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            _stream = await _connect!(cancellationToken);
        }
        catch (Exception error)
        {
            _connectError = error;
            await HandleAsync(UpperLayerEvent.Evt17, detail: $"cannot connect: {error.Message}");
            if (error is OperationCanceledException) throw;
            return;
        }
        StartReader();
        await HandleAsync(UpperLayerEvent.Evt2);
    }

    private void StartReader() => _ = Task.Run(ReadLoopAsync);

    private async Task ReadLoopAsync()
    {
        var stream = _stream!;
        using var idle = new CancellationTokenSource();
        while (true)
        {
            if (Options.IdleTimeout is { } timeout && State is not UpperLayerState.Sta2 and not UpperLayerState.Sta13) idle.CancelAfter(timeout);
            Pdu? pdu;
            try
            {
                pdu = await Pdu.ReadAsync(stream, MaximumLengthOf, idle.Token);
            }
            catch (PduFormatException error)
            {
                await HandleAsync(UpperLayerEvent.Evt19, detail: error.Message, reason: AbortReasonFor(error));
                await DrainAsync(stream);
                return;
            }
            catch (OperationCanceledException) when (idle.IsCancellationRequested && State != UpperLayerState.Sta1)
            {
                _abortDetail = $"no PDU received for {Options.IdleTimeout!.Value.TotalSeconds:0.###} s (idle time-out)";
                await AbortAsync();
                await DrainAsync(stream);
                return;
            }
            catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                await HandleAsync(UpperLayerEvent.Evt17, detail: $"the transport connection was lost: {error.Message}");
                return;
            }
            if (pdu is null)
            {
                await HandleAsync(UpperLayerEvent.Evt17, detail: "the peer closed the transport connection");
                return;
            }
            await HandleAsync(EventOf(pdu), pdu);
        }
    }

    private uint MaximumLengthOf(PduType type) => type == PduType.PDataTF
        ? Options.MaximumPduLength == 0 ? UnlimitedCap : Options.MaximumPduLength
        : (uint)Options.MaximumControlPduLength;

    /// <summary>PS3.8 Table 9-26 reasons for a PDU that could not be read.</summary>
    private static AAbortReason AbortReasonFor(PduFormatException error) => error.Field switch
    {
        "PDU-type" => AAbortReason.UnrecognizedPdu,
        "Item-type" => AAbortReason.UnexpectedPduParameter,
        _ => AAbortReason.InvalidPduParameterValue,
    };

    /// <summary>After an invalid PDU the byte stream has no PDU boundaries left: discard until the peer closes (or ARTIM does).</summary>
    private async Task DrainAsync(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (await stream.ReadAsync(buffer) > 0)
            {
            }
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException)
        {
        }
        await HandleAsync(UpperLayerEvent.Evt17, detail: "the transport connection closed after an invalid PDU");
    }

    /// <summary>Sends a PDU an action calls for. A failed write has already closed the transport; the reader then sees
    /// Evt17 and the machine moves on, so the failure is not thrown into the action.</summary>
    private async Task SendAsync(Pdu pdu)
    {
        try
        {
            await WriteAsync(stream => stream.WriteAsync(pdu.Encode()));
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Writes under the write lock, bounded by <see cref="UpperLayerOptions.WriteTimeout"/>; a failed write closes the transport.</summary>
    private async Task WriteAsync(Func<Stream, ValueTask> write, CancellationToken cancellationToken = default)
    {
        if (_stream is not { } stream) throw new IOException("the transport connection is closed");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.WriteTimeout);
        try
        {
            await _writeLock.WaitAsync(timeout.Token);
        }
        catch (ObjectDisposedException)
        {
            throw new IOException("the connection is closed");
        }
        try
        {
            await write(stream).AsTask().WaitAsync(timeout.Token);
        }
        catch (Exception error) when (error is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            CloseTransport();
            if (cancellationToken.IsCancellationRequested) throw;
            throw new IOException($"cannot write to the peer: {error.Message}", error);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
