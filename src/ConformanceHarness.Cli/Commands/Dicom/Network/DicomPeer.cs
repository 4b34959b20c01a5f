using System.CommandLine;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// The peer an SCU verb talks to and how (AE titles, time-outs, PDU size, TLS), read from the command line. Opens one
/// association, hands it to the verb, and releases it afterwards whatever happened (an association that is no longer
/// established is left as it ended).
/// </summary>
public sealed record DicomPeer(string Host, int Port, DicomClientOptions Client, string? EvidencePath)
{
    public static DicomPeer From(ParseResult parseResult)
    {
        var timeout = TimeSpan.FromSeconds(parseResult.GetValue(NetworkOptions.TimeoutOption));
        var client = new DicomClientOptions
        {
            CallingAeTitle = parseResult.GetValue(NetworkOptions.CallingAeOption)!,
            CalledAeTitle = parseResult.GetValue(NetworkOptions.CalledAeOption)!,
            MaximumPduLength = (uint)parseResult.GetValue(NetworkOptions.MaxPduOption),
            ConnectTimeout = TimeSpan.FromSeconds(parseResult.GetValue(NetworkOptions.ConnectTimeoutOption)),
            AssociationTimeout = timeout,
            DimseTimeout = timeout,
            Tls = TlsSettings.Read(parseResult, DicomTlsRole.Client, timeout),
        };
        return new DicomPeer(parseResult.GetValue(NetworkOptions.HostArgument)!, parseResult.GetValue(NetworkOptions.PortArgument),
            client, parseResult.GetValue(NetworkOptions.EvidenceOption));
    }

    /// <summary>"ANY-SCP at 127.0.0.1:11112", for messages.</summary>
    public override string ToString() => $"{Client.CalledAeTitle} at {Host}:{Port}";

    /// <summary>Associates with <paramref name="proposals"/>, runs <paramref name="use"/> and releases.</summary>
    /// <param name="handler">Answers requests the peer sends on the association (the C-STOREs of a C-GET).</param>
    public async Task<T> UseAsync<T>(IReadOnlyList<PresentationContextProposal> proposals, DicomNetworkEvents events,
        Func<DicomAssociation, Task<T>> use, CancellationToken cancellationToken, DicomServiceHandler? handler = null)
    {
        var options = Client with { Events = events, Handler = handler ?? DicomServiceHandler.EchoOnly };
        var association = await DicomClient.AssociateAsync(Host, Port, proposals, options, cancellationToken);
        try
        {
            return await use(association);
        }
        finally
        {
            await ReleaseQuietlyAsync(association);
        }
    }

    /// <summary>A-RELEASE (which aborts by itself when the peer does not answer); a connection already gone is not an error here.</summary>
    private static async Task ReleaseQuietlyAsync(DicomAssociation association)
    {
        try
        {
            if (association.End is null) await association.ReleaseAsync(CancellationToken.None);
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // The association ended while releasing; how it ended is already known to the caller.
        }
        await association.DisposeAsync();
    }
}
