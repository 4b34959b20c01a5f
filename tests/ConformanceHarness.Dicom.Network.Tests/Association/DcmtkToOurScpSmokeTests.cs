using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Network.Tests.Association;

/// <summary>DCMTK clients (root namespace, they only connect) against our SCP on 127.0.0.1.</summary>
public sealed class DcmtkToOurScpSmokeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Storescu_file_arrives_byte_identical_in_its_data_set()
    {
        var storescu = ExternalTool.Find("storescu");
        ExternalTool.Require(storescu is not null, "DCMTK storescu is not installed (apt-get install dcmtk)");
        var folder = Directory.CreateTempSubdirectory("hx-store-").FullName;
        var source = Directory.EnumerateFiles(RepositoryRoot.DicomCorpus, "*", SearchOption.AllDirectories)
            .First(path => DicomInstanceTry(path) is { TransferSyntax.IsEncapsulated: false });
        await using var server = DicomServer.Start(new DicomServerOptions
        {
            AeTitle = "HXSCP", Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(folder),
        });

        await ExternalTool.RunAsync(storescu!, ["-aec", "HXSCP", "127.0.0.1", server.Port.ToString(), source], folder, TimeSpan.FromSeconds(30));

        var sent = DicomInstance.Load(source);
        var received = Directory.GetFiles(folder, "*.dcm").Single();
        Assert.Equal(sent.SopInstanceUid + ".dcm", Path.GetFileName(received));
        Assert.Equal(sent.Dataset.Count(), DicomFile.Open(received).Dataset.Count());
    }

    private static DicomInstance? DicomInstanceTry(string path)
    {
        try
        {
            return DicomInstance.Load(path);
        }
        catch (DicomFormatException)
        {
            return null;
        }
    }
}
