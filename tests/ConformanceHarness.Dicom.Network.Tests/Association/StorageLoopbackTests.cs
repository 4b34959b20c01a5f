using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Association;

/// <summary>Our storage SCU against our storage SCP (FolderStorageHandler) on 127.0.0.1.</summary>
public sealed class StorageLoopbackTests
{
    private const string InstanceUid = "2.25.1234567890.1";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CStore_in_many_fragments_arrives_with_its_bytes_in_order()
    {
        var folder = Directory.CreateTempSubdirectory("hx-store-").FullName;
        var pixels = Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7 + i / 256)).ToArray();
        await using var server = StorageScp(folder, maximumPduLength: 4096);

        var status = await StoreAsync(server, Instance(pixels));

        Assert.Equal(DicomStatus.Success, status.Status);
        var stored = DicomFile.Open(Path.Combine(folder, InstanceUid + ".dcm"));
        Assert.True(stored.Dataset.TryGetElement(DicomTags.PixelData, out var element));
        Assert.Equal(pixels, element.Bytes.ToArray());
    }

    [Fact]
    public async Task CStore_to_a_folder_that_is_gone_is_answered_out_of_resources_naming_the_instance()
    {
        var folder = Directory.CreateTempSubdirectory("hx-store-").FullName;
        await using var server = StorageScp(folder, maximumPduLength: 1024 * 1024);
        Directory.Delete(folder);

        var response = await StoreAsync(server, Instance([1, 2, 3, 4]));

        Assert.Equal(0xA700, response.Status.Code);
        Assert.StartsWith($"cannot write {InstanceUid[..10]}", response.ErrorComment);
    }

    private static DicomServer StorageScp(string folder, uint maximumPduLength) => DicomServer.Start(new DicomServerOptions
    {
        AeTitle = "SCP", Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(folder),
        UpperLayer = new UpperLayerOptions { MaximumPduLength = maximumPduLength },
    });

    private static async Task<CStoreResponse> StoreAsync(DicomServer server, DicomInstance instance)
    {
        var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port,
            [new PresentationContextProposal(DicomUids.CTImageStorage, [TransferSyntax.ExplicitVRLittleEndian])],
            new DicomClientOptions { CalledAeTitle = "SCP" }, Token);
        var response = await association.StoreAsync(instance, cancellationToken: Token);
        await association.ReleaseAsync(Token);
        return response;
    }

    private static DicomInstance Instance(byte[] pixels)
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTags.SOPClassUID, DicomUids.CTImageStorage);
        dataset.AddOrUpdate(DicomTags.SOPInstanceUID, InstanceUid);
        dataset.AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OB, pixels));
        return DicomInstance.FromDataset(dataset, TransferSyntax.ExplicitVRLittleEndian);
    }
}
