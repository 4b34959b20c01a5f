using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.QueryRetrieve;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>An archive whose C-FIND yields the first match, then waits (at most 10 s) for the C-CANCEL a test sends, so
/// the cancel never races the last response.</summary>
internal sealed class OneMatchThenWaitHandler(InstanceArchive archive) : ArchiveHandler(archive)
{
    public override async IAsyncEnumerable<DicomDataset> OnCFindAsync(DimseRequestContext context, CFindRequest request)
    {
        await foreach (var match in base.OnCFindAsync(context, request))
        {
            yield return match;
            await Task.Delay(TimeSpan.FromSeconds(10), context.CancellationToken);
        }
    }
}
