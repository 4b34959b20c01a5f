using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// A study-set rule made of what each instance shows (<see cref="Observation"/>s) and one <see cref="ConflictTracker"/>:
/// every key must keep its first value (or, with <c>repeats</c>, must not be seen again). Instances that lack the
/// key (no Study Instance UID …) are the instance rules' business and show nothing here.
/// </summary>
public sealed class KeyedConsistencyRule(string rule, Func<InstanceContext, IEnumerable<Observation>> observe, bool repeats = false)
    : IStudySetRule, IRetainsSummaries
{
    private readonly ConflictTracker _tracker = new(rule, repeats);

    public int RetainedEntries => _tracker.RetainedEntries;

    public void Observe(InstanceContext instance)
    {
        foreach (var seen in observe(instance))
            if (seen.Key.Length > 0) _tracker.Observe(seen, instance.Path);
    }

    public IEnumerable<DicomFinding> Complete() => _tracker.Complete();
}

/// <summary>A study-set rule that can say how many summaries it keeps (tests prove memory stays bounded).</summary>
public interface IRetainsSummaries
{
    int RetainedEntries { get; }
}
