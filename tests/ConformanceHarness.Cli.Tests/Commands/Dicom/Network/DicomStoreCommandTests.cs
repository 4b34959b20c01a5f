using ConformanceHarness.Dicom.Network.Pdus;
using System.Security.Cryptography;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Storage;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

[Collection(DicomNetworkCollection.Name)]
public sealed class DicomStoreCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Received => Path.Combine(_workspace.Root, "received");

    [Fact]
    public async Task Store_FolderWithSubfolder_SendsEveryInstanceOnOneAssociationAndSkipsOtherFiles()
    {
        var sent = Path.Combine(_workspace.Root, "sent");
        var ct1 = TestInstances.Save(TestInstances.Ct("P1"), Path.Combine(sent, "a.dcm"));
        TestInstances.Save(TestInstances.Ct("P1"), Path.Combine(sent, "b.dcm"));
        TestInstances.Save(TestInstances.Mr("P1"), Path.Combine(sent, "mr", "c.dcm"),
            TransferSyntax.ImplicitVRLittleEndian);
        var notes = _workspace.Write("sent/notes.txt", "not DICOM"u8.ToArray());
        await using var server = StorageServer(new FolderStorageHandler(Received));
        var events = Record(server);

        var run = await HarnessInvocation.RunAsync(["dicom", "store", "--aec", "SCP", "127.0.0.1", DicomEchoCommandTests.Port(server), sent]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, Directory.GetFiles(Received).Length);
        Assert.Equal(3, DicomDumpCommandTests.Lines(run.Stdout).Count(line => line.StartsWith("sent ", StringComparison.Ordinal) && line.EndsWith(": 0x0000 Success")));
        Assert.EndsWith("summary: 3 sent, 0 with warnings, 0 failed, 1 skipped (not DICOM Part 10)", run.Stdout.TrimEnd());
        Assert.Contains($"harness: note: {notes}: at offset 128: not a DICOM Part 10 file", run.Stderr);
        var request = Assert.Single(events.OfType<AssociationRequested>()).Request;
        Assert.Equal([(DicomUids.CTImageStorage, TransferSyntax.ExplicitVRLittleEndian.Uid), (DicomUids.MRImageStorage, TransferSyntax.ImplicitVRLittleEndian.Uid)],
            request.PresentationContexts.Select(context => (context.AbstractSyntax, context.TransferSyntaxes[0])));
        var firstStore = events.OfType<DimseMessageExchanged>().First(message => message.Command == "C-STORE-RQ");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(TestInstances.DatasetBytes(ct1))), firstStore.DatasetSha256);
    }

    [Fact]
    public async Task Store_PeerRefusesAnInstance_ReportsItAndExitsOne()
    {
        var refused = TestInstances.Ct("P1");
        var files = new[] { TestInstances.Save(TestInstances.Ct("P1"), Path.Combine(_workspace.Root, "a.dcm")),
            TestInstances.Save(refused, Path.Combine(_workspace.Root, "b.dcm")) };
        await using var server = StorageServer(new RefusingStorageHandler(Received, refused.GetString(DicomTags.SOPInstanceUID)));

        var run = await HarnessInvocation.RunAsync(["dicom", "store", "--aec", "SCP", "127.0.0.1", DicomEchoCommandTests.Port(server), .. files]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"sent {files[0]}: 0x0000 Success", run.Stdout);
        Assert.Contains($"failed {files[1]}: 0xA700 Refused: Out of Resources (disk full)", run.Stdout);
        Assert.EndsWith("summary: 1 sent, 0 with warnings, 1 failed", run.Stdout.TrimEnd());
        Assert.Equal($"harness: failed: 1 of 2 instances were not stored by SCP at 127.0.0.1:{server.Port}", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Store_WithAnAsyncWindow_ProposesItAndReportsEveryFileInOrder()
    {
        var files = Enumerable.Range(0, 6).Select(i => TestInstances.Save(TestInstances.Ct("P1"), Path.Combine(_workspace.Root, $"{i}.dcm"))).ToArray();
        await using var server = StorageServer(new FolderStorageHandler(Received));
        var events = Record(server);

        var run = await HarnessInvocation.RunAsync(["dicom", "store", "--async-window", "4", "--aec", "SCP", "127.0.0.1", DicomEchoCommandTests.Port(server), .. files]);

        Assert.Equal(0, run.ExitCode);
        var window = Assert.Single(events.OfType<AssociationAccepted>()).Accept.UserInformation!.Find<AsynchronousOperationsWindowSubItem>();
        Assert.Equal(new AsynchronousOperationsWindowSubItem(4, 1), window);
        Assert.Equal(files.Select(file => $"sent {file}: 0x0000 Success"),
            DicomDumpCommandTests.Lines(run.Stdout).Where(line => line.StartsWith("sent ", StringComparison.Ordinal)));
        Assert.Equal(6, Directory.GetFiles(Received).Length);
    }

    [Fact]
    public async Task Store_NothingSendable_ExitsTwoWithoutConnecting()
    {
        var notes = _workspace.Write("notes.txt", "not DICOM"u8.ToArray());

        var run = await HarnessInvocation.RunAsync(["dicom", "store", "127.0.0.1", "1", notes]);

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"harness: error: nothing to send: no DICOM Part 10 file in {notes}", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Store_MissingFile_ExitsTwoWithoutConnecting()
    {
        var missing = Path.Combine(_workspace.Root, "missing.dcm");

        var run = await HarnessInvocation.RunAsync(["dicom", "store", "127.0.0.1", "1", missing]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"harness: error: {missing}: no such file or directory", run.Stderr.TrimEnd());
    }

    private static DicomServer StorageServer(DicomServiceHandler handler) =>
        DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Policy = AssociationPolicy.Storage, Handler = handler });

    /// <summary>Events arrive on the server's threads while the test reads them: a queue enumerates a snapshot.</summary>
    private static System.Collections.Concurrent.ConcurrentQueue<DicomNetworkEvent> Record(DicomServer server)
    {
        var events = new System.Collections.Concurrent.ConcurrentQueue<DicomNetworkEvent>();
        server.Events.Subscribe(events.Enqueue);
        return events;
    }

    /// <summary>Stores everything but one SOP instance, which it refuses with A700 Out of Resources.</summary>
    private sealed class RefusingStorageHandler(string folder, string refusedUid) : FolderStorageHandler(folder)
    {
        public override Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request) =>
            request.AffectedSOPInstanceUID == refusedUid
                ? throw new DimseStatusException(DicomStatus.Lookup(0xA700, DimseCommandField.CStoreResponse), "disk full")
                : base.OnCStoreAsync(context, request);
    }
}
