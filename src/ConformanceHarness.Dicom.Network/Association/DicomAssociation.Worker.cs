using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    /// <summary>Serves the peer's requests one at a time (asynchronous operations window 1), in arrival order.</summary>
    private async Task WorkAsync()
    {
        await foreach (var (contextId, request) in _inbound.Reader.ReadAllAsync())
        {
            using var cancellation = new CancellationTokenSource();
            _running[request.MessageID] = cancellation;
            try
            {
                var context = new DimseRequestContext(this, Find(contextId)!, cancellation.Token);
                await InboundServices.ServeAsync(context, request);
            }
            catch (Exception error) when (error is IOException or DicomAssociationException or InvalidOperationException or OperationCanceledException)
            {
                // The association ended (or cannot carry the response any more); the pump reports how.
            }
            catch (Exception error)
            {
                // Not even a failure response could be built (e.g. a command element too malformed to echo back): the
                // peer would wait for ever, so the association is aborted, saying which request and why.
                await AbortForAsync($"cannot answer {Name(request)}: {error.Message}");
                return;
            }
            finally
            {
                _running.TryRemove(request.MessageID, out _);
            }
        }
    }

    /// <summary>Sends a response on the context its request came on.</summary>
    internal Task RespondAsync(DimseRequestContext context, DimseResponse response) =>
        SendAsync(context.PresentationContext.Id, response, CancellationToken.None);
}
