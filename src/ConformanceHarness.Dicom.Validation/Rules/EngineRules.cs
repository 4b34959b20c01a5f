using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules;

/// <summary>
/// Rules the engine applies itself: <see cref="FileReadable"/> (a file the codec cannot read, with the offset where
/// it stopped). A pack row names it to give it a level and a requirement; without a row it is an error citing none.
/// </summary>
public static class EngineRules
{
    public const string FileReadable = "file-readable";

    public static IReadOnlyList<DicomRuleDefinition> Definitions { get; } =
    [
        new(FileReadable, "the file is a DICOM file the codec can read up to Pixel Data", Instance: _ => NoCheck.Instance),
    ];

    /// <summary>The engine does the work; the row only carries level and requirement.</summary>
    private sealed class NoCheck : IInstanceRule
    {
        public static readonly NoCheck Instance = new();

        public IEnumerable<DicomFinding> Check(InstanceContext instance) => [];
    }
}
