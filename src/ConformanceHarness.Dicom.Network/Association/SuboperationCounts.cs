using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>The sub-operation counts of a C-MOVE or C-GET, PS3.7 Tables 9.3-6 and 9.3-8.</summary>
internal sealed class SuboperationCounts(int total)
{
    private readonly List<string> _failedUids = [];

    public int Remaining { get; private set; } = total;

    public int Completed { get; private set; }

    public int Failed { get; private set; }

    public int Warning { get; private set; }

    public bool Cancelled { get; set; }

    public IReadOnlyList<string> FailedUids => _failedUids;

    public void Add(string sopInstanceUid, DicomStatus status)
    {
        Remaining--;
        switch (status.State)
        {
            case DicomStatusState.Success: Completed++; break;
            case DicomStatusState.Warning: Warning++; break;
            default:
                Failed++;
                _failedUids.Add(sopInstanceUid);
                break;
        }
    }

    /// <summary>Pending and Cancel responses carry Remaining; a final Success/Warning/Failure response does not.</summary>
    public void WriteTo(DimseSuboperationsResponse response, bool final)
    {
        response.NumberOfRemainingSuboperations = final ? null : (ushort)Math.Min(Remaining, ushort.MaxValue);
        response.NumberOfCompletedSuboperations = (ushort)Math.Min(Completed, ushort.MaxValue);
        response.NumberOfFailedSuboperations = (ushort)Math.Min(Failed, ushort.MaxValue);
        response.NumberOfWarningSuboperations = (ushort)Math.Min(Warning, ushort.MaxValue);
    }
}
