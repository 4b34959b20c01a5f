namespace ConformanceHarness.Dicom.Network.UpperLayer;

public sealed partial class UpperLayerConnection
{
    private async Task IndicateAsync(UpperLayerIndication indication)
    {
        try
        {
            await _indications.Writer.WriteAsync(indication);
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
        }
    }

    private void StartArtim()
    {
        var timer = new CancellationTokenSource();
        Interlocked.Exchange(ref _artim, timer)?.Cancel();
        _ = Task.Delay(Options.ArtimTimeout, timer.Token).ContinueWith(
            _ => Handle(UpperLayerEvent.Evt18, $"ARTIM timer expired after {Options.ArtimTimeout.TotalSeconds:0.###} s"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private void StopArtim() => Interlocked.Exchange(ref _artim, null)?.Cancel();

    private void CloseTransport()
    {
        var stream = Interlocked.Exchange(ref _stream, null);
        if (stream is null) return;
        try
        {
            stream.Dispose();
        }
        catch (Exception error) when (error is IOException or System.Net.Sockets.SocketException)
        {
        }
    }

    private void Finish()
    {
        StopArtim();
        CloseTransport();
        _indications.Writer.TryComplete();
        _completion.TrySetResult();
    }

    private void Report(UpperLayerTransition transition)
    {
        try
        {
            Transitioned?.Invoke(transition);
        }
        catch (Exception)
        {
            // An observer's failure must not change the protocol's behaviour.
        }
    }
}
