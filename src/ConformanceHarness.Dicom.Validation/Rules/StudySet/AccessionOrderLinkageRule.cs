using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// Accession and order linkage: within an instance, each Request Attributes Sequence item names the instance's own
/// Accession Number; across instances, a study links to the same requested procedures and an accession to one patient.
/// </summary>
public sealed class AccessionOrderLinkageRule(string rule) : IStudySetRule, IRetainsSummaries
{
    private readonly KeyedConsistencyRule _across = new(rule, AccessionObservations.OrderLinkage);
    private readonly List<DicomFinding> _within = [];

    public int RetainedEntries => _across.RetainedEntries;

    public void Observe(InstanceContext instance)
    {
        _within.AddRange(AccessionObservations.RequestAccessionMismatches(instance, rule));
        _across.Observe(instance);
    }

    public IEnumerable<DicomFinding> Complete() => _within.Concat(_across.Complete());
}
