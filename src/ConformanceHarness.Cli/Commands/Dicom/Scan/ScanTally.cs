namespace ConformanceHarness.Cli.Commands.Dicom.Scan;

/// <summary>What <c>harness dicom scan</c> found, for its summary line.</summary>
public sealed class ScanTally
{
    private readonly HashSet<string> _studies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _series = new(StringComparer.Ordinal);

    public int Instances { get; private set; }

    public int NotDicom { get; private set; }

    public int Failed { get; private set; }

    public void AddInstance(ScanRow row)
    {
        Instances++;
        if (row.StudyInstanceUid != ScanRow.Missing) _studies.Add(row.StudyInstanceUid);
        if (row.SeriesInstanceUid != ScanRow.Missing) _series.Add(row.SeriesInstanceUid);
    }

    public void AddNotDicom() => NotDicom++;

    public void AddFailure() => Failed++;

    public string Summary() =>
        $"# {Instances + NotDicom + Failed} file(s): {Instances} instance(s) in {_studies.Count} study(ies) and {_series.Count} series, " +
        $"{NotDicom} not DICOM, {Failed} failed";
}
