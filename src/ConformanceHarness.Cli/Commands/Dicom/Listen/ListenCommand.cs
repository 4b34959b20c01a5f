using System.CommandLine;
using System.Net.Sockets;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Cli.Commands.Dicom.Listen;

/// <summary>
/// <c>harness dicom listen</c>: a <see cref="DicomServer"/> under <see cref="AssociationPolicy.Storage"/> writing every
/// instance with a <see cref="ReportingStorageHandler"/>. Runs until Ctrl+C or SIGTERM (the cancellation token) or until
/// <c>--exit-after</c> associations have ended, then stops gracefully (<see cref="ListenSettings.StopGrace"/>) and prints
/// a summary. Stopping is the normal end: exit code 0. An address that cannot be bound is exit code 2. With
/// <c>--evidence</c> the log is closed after the server has stopped, so it holds every connection's end.
/// </summary>
public sealed class ListenCommand(ListenSettings settings, InvocationConfiguration io)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var log = new ListenLog(io.Output, settings.ExitAfter);
        var handler = ReportingStorageHandler.Create(settings.Folder, (context, line) => log.Line($"{context.Association.ConnectionId}: {line}"));
        var events = new DicomNetworkEvents();
        await using var evidence = NetworkEvidence.Start(settings.EvidencePath, events, NetworkEvidence.ScpSource, io.Error);
        using var subscription = events.Subscribe(log.On);
        var server = Start(handler, events);
        log.Line($"listening on {server.LocalEndPoint}{(settings.Tls is { } tls ? $" (TLS, {tls.Profile})" : "")} as {settings.AeTitle}, " +
            $"writing to {handler.Folder} (Ctrl+C stops)");
        try
        {
            await log.Done.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Line("stopping");
        }
        await server.StopAsync(ListenSettings.StopGrace);
        log.Line($"stopped: {log.Associations} association(s) ended, {handler.StoredCount} instance(s) stored, {handler.RefusedCount} refused");
        return await evidence.CompleteAsync(ExitCodes.Success);
    }

    private DicomServer Start(DicomServiceHandler handler, DicomNetworkEvents events)
    {
        try
        {
            return DicomServer.Start(new DicomServerOptions
            {
                Address = settings.Address,
                Port = settings.Port,
                AeTitle = settings.AeTitle,
                Policy = AssociationPolicy.Storage,
                Handler = handler,
                DimseTimeout = settings.Timeout,
                UpperLayer = new UpperLayerOptions { MaximumPduLength = settings.MaximumPduLength, ArtimTimeout = settings.Timeout },
                Events = events,
                Tls = settings.Tls,
            });
        }
        catch (SocketException error)
        {
            throw new HarnessError($"cannot listen on {settings.Address}:{settings.Port}: {error.Message}", error);
        }
    }
}
