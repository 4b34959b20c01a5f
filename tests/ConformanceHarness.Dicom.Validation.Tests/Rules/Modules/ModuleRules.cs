using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Modules;

/// <summary>The module-attributes rule of every covered module over one instance: what the module data finds, alone.</summary>
internal static class ModuleRules
{
    private static readonly IInstanceRule[] All =
        [.. ModuleData.Modules.Keys.Select(id => ModuleAttributesRule.Create(Parameters.Of($$"""{"module": "{{id}}"}""")))];

    public static IReadOnlyList<DicomFinding> Findings(DicomFile file) => [.. All.SelectMany(rule => rule.Check(Parameters.Context(file)))];

    /// <summary>The instance of <see cref="OntarioInstance.Build"/> changed by <paramref name="change"/>, its file meta then by <paramref name="meta"/>.</summary>
    public static DicomFile Instance(Action<DicomDataset> change, Action<DicomDataset>? meta = null)
    {
        var file = OntarioInstance.Build(change);
        meta?.Invoke(file.FileMetaInformation);
        return file;
    }

    /// <summary>Every attribute of the module data, those of sequence items included.</summary>
    public static IEnumerable<ModuleAttribute> AllAttributes() => ModuleData.Modules.Values.SelectMany(m => Flatten(m.Attributes));

    private static IEnumerable<ModuleAttribute> Flatten(IEnumerable<ModuleAttribute> attributes) => attributes.SelectMany(a => Flatten(a.Items).Prepend(a));

    /// <summary>A code item (Code Sequence Macro, PS3.3 Table 8.8-1) of an invented local scheme.</summary>
    public static DicomDataset Code(string value) => new DicomDataset()
        .AddOrUpdate(DicomTags.CodeValue, value).AddOrUpdate(DicomTags.CodingSchemeDesignator, "99SYNTH").AddOrUpdate(DicomTags.CodeMeaning, value);
}
