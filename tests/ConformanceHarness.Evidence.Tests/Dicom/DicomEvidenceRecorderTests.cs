using System.Collections.Concurrent;
using System.Security.Cryptography;

using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Evidence.Dicom;

namespace ConformanceHarness.Evidence.Tests.Dicom;

/// <summary>Our SCU and SCP on 127.0.0.1, both recorded into one log.</summary>
public sealed class DicomEvidenceRecorderTests
{
    private const string PatientName = "Synthetic^Evidence";
    private const string PatientId = "SYN-EVIDENCE-0001";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echo_and_store_are_recorded_on_both_sides_in_order_with_the_same_data_set_digest()
    {
        var path = TempLog.NewPath();
        var handler = new DigestingStorageHandler();
        await using (var log = EvidenceLog.Create(path))
        {
            await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Policy = AssociationPolicy.Storage, Handler = handler });
            var client = new DicomNetworkEvents();
            using var scp = DicomEvidenceRecorder.Attach(server.Events, log, "scp");
            using var scu = DicomEvidenceRecorder.Attach(client, log, "scu");
            await EchoAndStoreAsync(server.Port, client);
            await server.StopAsync(TimeSpan.FromSeconds(10));
        }

        var report = await EvidenceLog.VerifyAsync(path, Token);
        var records = await EvidenceLog.ReadAsync(path, Token).ToListAsync(Token);
        Assert.True(report.IsIntact && report.IsClosed, report.Message);
        Assert.Equal(Expected("dicom.dimse-sent", "dicom.dimse-received"), Exchange(records, "scu"));
        Assert.Equal(Expected("dicom.dimse-received", "dicom.dimse-sent"), Exchange(records, "scp"));
        var stores = records.Where(r => r.Kind.StartsWith("dicom.dimse-", StringComparison.Ordinal) && Command(r) == "C-STORE-RQ").ToList();
        Assert.Equal(2, stores.Count);
        Assert.All(stores, store => Assert.Equal(handler.Received.Single(), Dataset(store)));
        var text = await File.ReadAllTextAsync(path, Token);
        Assert.DoesNotContain(PatientId, text);
        Assert.DoesNotContain(PatientName, text);
    }

    [Fact]
    public async Task An_event_after_the_log_completed_is_counted_as_missed()
    {
        var events = new DicomNetworkEvents();
        var log = EvidenceLog.Create(TempLog.NewPath());
        using var recorder = DicomEvidenceRecorder.Attach(events, log);
        await log.CompleteAsync();

        events.Publish(new ConnectionClosed("in-1", DateTimeOffset.UtcNow, "closed"));

        Assert.Equal(1, recorder.Missed);
    }

    private static async Task EchoAndStoreAsync(int port, DicomNetworkEvents events)
    {
        var association = await DicomClient.AssociateAsync("127.0.0.1", port,
            [PresentationContextProposal.For(DicomUids.Verification), PresentationContextProposal.For(DicomUids.CTImageStorage)],
            new DicomClientOptions { CalledAeTitle = "SCP", Events = events }, Token);
        Assert.Equal(DicomStatus.Success, await association.EchoAsync(Token));
        Assert.Equal(DicomStatus.Success, (await association.StoreAsync(SyntheticCt(), cancellationToken: Token)).Status);
        await association.ReleaseAsync(Token);
    }

    private static DicomInstance SyntheticCt()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomUids.CTImageStorage)
            .AddOrUpdate(DicomTags.SOPInstanceUID, "2.25.318604328217418934207561389128")
            .AddOrUpdate(DicomTags.PatientName, PatientName)
            .AddOrUpdate(DicomTags.PatientID, PatientId)
            .AddOrUpdate(DicomTags.Modality, "CT");
        return DicomInstance.FromDataset(dataset, TransferSyntax.ExplicitVRLittleEndian);
    }

    /// <summary>The kinds one side records for: connect, associate, C-ECHO, C-STORE, release, close (RQ then RSP, each
    /// sent or received as the side is SCU or SCP); DIMSE records show command and status.</summary>
    private static string[] Expected(string request, string response) =>
    [
        "dicom.connection-opened", "dicom.association-requested", "dicom.association-accepted",
        $"{request} C-ECHO-RQ", $"{response} C-ECHO-RSP 0x0000", $"{request} C-STORE-RQ", $"{response} C-STORE-RSP 0x0000",
        "dicom.association-released", "dicom.connection-closed",
    ];

    private static string[] Exchange(List<EvidenceRecord> records, string source)
    {
        var side = records.Where(r => r.Source == source).ToList();
        Assert.Single(side.Select(r => r.ConnectionId).Distinct());
        return [.. side.Select(r => r.Kind.StartsWith("dicom.dimse-", StringComparison.Ordinal)
            ? $"{r.Kind} {Command(r)}{(r.Payload.GetProperty("status") is { ValueKind: System.Text.Json.JsonValueKind.Object } s ? " " + s.GetProperty("code").GetString() : "")}"
            : r.Kind)];
    }

    private static string? Command(EvidenceRecord record) => record.Payload.GetProperty("command").GetString();

    private static (long, string) Dataset(EvidenceRecord record) =>
        (record.Payload.GetProperty("dataset").GetProperty("length").GetInt64(), record.Payload.GetProperty("dataset").GetProperty("sha256").GetString()!);

    /// <summary>Answers C-STORE with Success and keeps the length and SHA-256 of each data set as it arrived.</summary>
    private sealed class DigestingStorageHandler : DicomServiceHandler
    {
        public ConcurrentQueue<(long, string)> Received { get; } = new();

        public override Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request)
        {
            var bytes = request.EncodedDataset!.Value;
            Received.Enqueue((bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes.Span))));
            return Task.FromResult(DicomStatus.Success);
        }
    }
}
