using System.Collections.Concurrent;
using System.Diagnostics;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.Tests.Negative;

namespace ConformanceHarness.Dicom.Network.Tests.Load;

/// <summary>Many associations storing at once into our SCP: nothing lost, nothing stored twice, every status Success.
/// Bounded for CI; the only time limit is a hang guard.</summary>
[Collection(ResourceCounting.Name)]
public sealed class ConcurrentStoreLoadTests
{
    private const int Associations = 32;
    private const int InstancesPerAssociation = 100;

    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Server_32AssociationsOf100InstancesAtOnce_StoresEachInstanceExactlyOnceWithSuccess()
    {
        using var temporary = new TemporaryFolder("hx-load-");
        var folder = temporary.Path;
        var instances = SyntheticInstances.Create(Associations * InstancesPerAssociation, seed: 32);
        var handler = new FolderStorageHandler(folder);
        var stored = new ConcurrentBag<string>();
        handler.Stored += stored.Add;
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Policy = AssociationPolicy.Storage, Handler = handler });
        var descriptorsBefore = ResourceCounting.OpenFileDescriptors();
        var clock = Stopwatch.StartNew();

        var statuses = await Task.WhenAll(instances.Chunk(InstancesPerAssociation).Select(chunk => Task.Run(() => StoreAllAsync(server, chunk))))
            .WaitAsync(HangGuard, Token);

        TestContext.Current.TestOutputHelper?.WriteLine($"{instances.Count} instances over {Associations} associations in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(instances.Count, statuses.SelectMany(codes => codes).Count(code => code == DicomStatus.Success.Code));
        Assert.Equal(instances.Count, stored.Count);
        Assert.Equal(instances.Select(instance => instance.SopInstanceUid + ".dcm").Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        AssertSameContent(instances.Where((_, index) => index % 97 == 0), folder);
        await server.QuiescentAsync();
        Assert.InRange(ResourceCounting.OpenFileDescriptors() ?? 0, 0, (descriptorsBefore ?? 0) + 16);
    }

    private static async Task<List<ushort>> StoreAllAsync(ServerUnderTest server, IEnumerable<DicomInstance> instances)
    {
        var association = await server.AssociateAsync([PresentationContextProposal.For(DicomUids.SecondaryCaptureImageStorage)]);
        var statuses = new List<ushort>();
        foreach (var instance in instances) statuses.Add((await association.StoreAsync(instance, cancellationToken: Token)).Status.Code);
        await association.ReleaseAsync(Token);
        Assert.Equal(AssociationEndKind.Released, association.End?.Kind);
        return statuses;
    }

    /// <summary>A sample of the files holds the pixel data that was sent.</summary>
    private static void AssertSameContent(IEnumerable<DicomInstance> sample, string folder)
    {
        foreach (var instance in sample)
        {
            var received = DicomFile.Open(Path.Combine(folder, instance.SopInstanceUid + ".dcm")).Dataset;
            Assert.Equal(instance.Dataset.GetElement(DicomTags.PixelData).Bytes.ToArray(), received.GetElement(DicomTags.PixelData).Bytes.ToArray());
        }
    }
}
