using ConformanceHarness.Dicom.Network.Storage;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary>The folder handler, timed: how much of the SCP's time is writing files.</summary>
internal sealed class TimedFolderStorageHandler(string folder) : FolderStorageHandler(folder)
{
    private readonly System.Diagnostics.Stopwatch _clock = new();

    public TimeSpan Elapsed => _clock.Elapsed;

    public override async Task<Dimse.DicomStatus> OnCStoreAsync(DimseRequestContext context, Dimse.CStoreRequest request)
    {
        _clock.Start();
        try
        {
            return await base.OnCStoreAsync(context, request);
        }
        finally
        {
            _clock.Stop();
        }
    }
}
