namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// A rule the engine knows by <see cref="Name"/> (what a pack row's <c>rule</c> names): what it checks, and how to make
/// it from the row's parameters, either over one instance or over a study set (a new one per run: it keeps state).
/// The factory reads and checks every parameter, so a bad pack fails when it is loaded, not midway through a run.
/// </summary>
public sealed record DicomRuleDefinition(
    string Name,
    string Description,
    Func<RuleParameters, IInstanceRule>? Instance = null,
    Func<RuleParameters, IStudySetRule>? StudySet = null)
{
    public bool IsStudySet => StudySet is not null;
}
