namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>What <c>harness dicom validate</c> was asked to do, as given on the command line.</summary>
public sealed record DicomValidateSettings(IReadOnlyList<string> Paths, string Pack, string? Profile, bool WithDciodvfy, string Format)
{
    public const string DefaultPack = "ontario-mi-dicom";
    public const string TextFormat = "text";
    public const string JsonFormat = "json";
}
