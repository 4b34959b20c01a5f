using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.QueryRetrieve;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>The reference archive served on 127.0.0.1 (ephemeral port) under <see cref="AssociationPolicy.Archive"/>, and
/// associations of our SCU to it.</summary>
internal sealed class ArchiveServer : IAsyncDisposable
{
    public const string AeTitle = "ARCHIVE";

    private ArchiveServer(InstanceArchive archive, DicomServer server)
    {
        Archive = archive;
        Server = server;
    }

    public InstanceArchive Archive { get; }

    public DicomServer Server { get; }

    public int Port => Server.Port;

    /// <param name="socketFactory">Makes the listening socket and those of move sub-associations (e.g. inside a network namespace).</param>
    public static ArchiveServer Start(InstanceArchive? archive = null, IReadOnlyDictionary<string, DicomApplicationEntity>? moveDestinations = null,
        Func<InstanceArchive, ArchiveHandler>? handler = null, AssociationPolicy? policy = null, Func<Socket>? socketFactory = null)
    {
        archive ??= InstanceArchive.InMemory();
        var server = DicomServer.Start(new DicomServerOptions
        {
            AeTitle = AeTitle, Policy = policy ?? AssociationPolicy.Archive, Handler = handler?.Invoke(archive) ?? new ArchiveHandler(archive),
            MoveDestinations = moveDestinations ?? new Dictionary<string, DicomApplicationEntity>(),
            DimseTimeout = TimeSpan.FromSeconds(20), ListenSocketFactory = socketFactory,
            MoveClient = new DicomClientOptions { DimseTimeout = TimeSpan.FromSeconds(20), SocketFactory = socketFactory },
        });
        return new ArchiveServer(archive, server);
    }

    /// <summary>A storage SCP (<see cref="AssociationPolicy.Storage"/>) keeping what it receives in memory: a move destination.</summary>
    public static (DicomServer Server, InstanceArchive Received) StartStorage(string aeTitle)
    {
        var received = InstanceArchive.InMemory();
        var server = DicomServer.Start(new DicomServerOptions { AeTitle = aeTitle, Policy = AssociationPolicy.Storage, Handler = new ArchiveHandler(received) });
        return (server, received);
    }

    public Task<DicomAssociation> AssociateAsync(IEnumerable<PresentationContextProposal> proposals, CancellationToken cancellationToken,
        DicomServiceHandler? handler = null) =>
        DicomClient.AssociateAsync("127.0.0.1", Port, [.. proposals], new DicomClientOptions
        {
            CalledAeTitle = AeTitle, CallingAeTitle = "HXSCU", DimseTimeout = TimeSpan.FromSeconds(20), Handler = handler ?? DicomServiceHandler.EchoOnly,
        }, cancellationToken);

    /// <summary>Stores <paramref name="instances"/> over one association with a context per SOP class and transfer syntax.</summary>
    public async Task StoreAsync(IEnumerable<DicomInstance> instances, CancellationToken cancellationToken)
    {
        var list = instances.ToList();
        var proposals = list.Select(instance => (instance.SopClassUid, instance.TransferSyntax)).Distinct()
            .Select(pair => new PresentationContextProposal(pair.SopClassUid, [pair.TransferSyntax]));
        var association = await AssociateAsync(proposals, cancellationToken);
        foreach (var instance in list)
        {
            var response = await association.StoreAsync(instance, cancellationToken: cancellationToken);
            Assert.True(response.Status == DicomStatus.Success, $"C-STORE of {instance.SopInstanceUid}: expected Success, but received {response.Status}");
        }
        await association.ReleaseAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
