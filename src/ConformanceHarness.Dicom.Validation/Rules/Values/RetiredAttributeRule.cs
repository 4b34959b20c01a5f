using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>retired-attribute</c>: an attribute the data dictionary marks retired (PS3.6 Table 6-1, "RET"): a warning, the
/// standard no longer defines it and receivers may ignore it. Group lengths are left to <c>group-length</c>.
/// </summary>
public sealed class RetiredAttributeRule : ElementRule
{
    protected override void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        var tag = item.Tag;
        if (tag.IsGroupLength) return;
        var creator = tag.IsPrivate && !tag.IsPrivateCreator ? scope.Dataset.GetPrivateCreator(tag) : null;
        if (DicomDictionary.Lookup(tag, creator) is { IsRetired: true } entry)
            findings.Add(scope.Finding(DicomFindingSeverity.Warning, ValueRuleSet.RetiredAttribute, tag,
                $"{entry.Name} {tag} ({entry.Keyword}) is retired (PS3.6 Table 6-1)"));
    }
}
