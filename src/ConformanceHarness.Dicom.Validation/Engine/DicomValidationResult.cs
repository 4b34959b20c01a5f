namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>The findings of one file.</summary>
public sealed record DicomFileVerdict(string File, IReadOnlyList<DicomFinding> Findings)
{
    public bool IsValid => !Findings.Any(f => f.IsError);
}

/// <summary>A run over a set of files: each file's verdict, and the findings about the set as a whole.</summary>
public sealed record DicomValidationResult(IReadOnlyList<DicomFileVerdict> Files, IReadOnlyList<DicomFinding> SetFindings)
{
    public IEnumerable<DicomFinding> AllFindings => Files.SelectMany(f => f.Findings).Concat(SetFindings);

    public bool IsValid => !AllFindings.Any(f => f.IsError);
}
