using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

/// <summary>Assertions over a rule's findings that print all of them when they fail.</summary>
internal static class FindingAssert
{
    /// <summary>Exactly one finding, of <paramref name="rule"/> at <paramref name="path"/> with <paramref name="severity"/>, its message holding every part.</summary>
    public static DicomFinding Single(IReadOnlyList<DicomFinding> findings, string rule, string path, DicomFindingSeverity severity, params string[] messageParts)
    {
        Assert.True(findings.Count == 1, $"expected one finding, but received {findings.Count}:\n{string.Join('\n', findings)}");
        var finding = findings[0];
        Assert.Equal((rule, path, severity), (finding.Rule, finding.TagPath, finding.Severity));
        foreach (var part in messageParts) Assert.True(finding.Message.Contains(part, StringComparison.Ordinal), $"expected the message to hold \"{part}\", but received: {finding.Message}");
        return finding;
    }
}
