using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// Accession Number (0008,0050) has a value — the Ontario "mandatory order identifier" [ON-IG] — of at most parameter
/// <c>maxLength</c> characters (16, the SH limit of PS3.5 Table 6.2-1; spec §3.2).
/// </summary>
public sealed class AccessionNumberRule(int maxLength) : IInstanceRule
{
    public const string Name = "accession-number";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("maxLength");
        return new AccessionNumberRule(parameters.Int("maxLength") ?? 16);
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var path = DicomTags.AccessionNumber.ToString();
        var value = AttributePresence.TextOf(instance.Dataset, DicomTags.AccessionNumber);
        if (value.Length == 0) return [new(DicomFindingSeverity.Error, Name, path, "Accession Number is missing or empty")];
        return value.Length > maxLength
            ? [new(DicomFindingSeverity.Error, Name, path, $"expected at most {maxLength} characters, but received {value.Length}", value)] : [];
    }
}
