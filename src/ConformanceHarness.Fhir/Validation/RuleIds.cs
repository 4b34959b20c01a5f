namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// The rule ids of the walker's own checks, as findings carry them in <c>RuleId</c> (the element rules name theirs, and
/// invariants carry their constraint key).
/// </summary>
public static class RuleIds
{
    public const string Cardinality = "cardinality";
    public const string MustSupport = "must-support";
    public const string ChoiceType = "type";
    public const string UnknownElement = "unknown-element";
    public const string UnknownExtension = "extension-unknown";
    public const string UnknownProfile = "profile-unknown";
    public const string ProfileType = "profile-type";
    public const string ResourceDepth = "resource-depth";
    public const string ResourceType = "resource-type";
}
