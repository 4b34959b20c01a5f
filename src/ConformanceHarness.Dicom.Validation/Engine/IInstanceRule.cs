namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// A rule over one instance. It returns findings with a provisional severity (what the standard says); the pack's row
/// sets the final one and the requirement. A rule never throws for bad data: what it cannot read is a finding.
/// </summary>
public interface IInstanceRule
{
    IEnumerable<DicomFinding> Check(InstanceContext instance);
}

/// <summary>
/// A rule over a set of instances (a study folder, an archive's answer): it sees each instance once, in order, keeping
/// only what it needs (bounded memory: per-UID summaries, not data sets), then says what it found.
/// </summary>
public interface IStudySetRule
{
    void Observe(InstanceContext instance);

    IEnumerable<DicomFinding> Complete();
}
