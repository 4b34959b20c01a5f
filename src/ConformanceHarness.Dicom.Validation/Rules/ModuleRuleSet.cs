using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Rules;

/// <summary>The rule group for presence and type (1, 1C, 2, 2C, 3) of the attributes of the covered modules, SOP class and file meta rules.</summary>
public static class ModuleRuleSet
{
    public static IReadOnlyList<DicomRuleDefinition> Definitions { get; } =
    [
        new(ModuleAttributesRule.Name, "presence and type of the attributes of the module named by parameter 'module' (PS3.3), when the IOD has it",
            Instance: ModuleAttributesRule.Create),
        new(SopClassAcceptedRule.Name, "SOP Class UID is a Storage SOP class, and one of parameter 'accepted' when given", Instance: SopClassAcceptedRule.Create),
        new(FileMetaConsistentRule.Name, "file meta SOP Class/Instance UIDs equal the data set's; Transfer Syntax UID present and registered",
            Instance: RuleFactories.Parameterless(FileMetaConsistentRule.Instance)),
    ];
}
