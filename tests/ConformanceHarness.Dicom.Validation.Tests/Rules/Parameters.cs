using System.Text.Json;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules;

/// <summary>A rule's parameters from JSON text, and the context a rule checks, for tests of one rule alone.</summary>
public static class Parameters
{
    public static RuleParameters Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new RuleParameters(document.RootElement, "test row");
    }

    public static InstanceContext Context(DicomFile file, string profile = "hospital") => new(file, "synthetic.dcm", profile);
}
