using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Oracles;
using ConformanceHarness.Dicom.Validation.Rules;

namespace ConformanceHarness.Dicom.Validation.Tests.Oracles;

/// <summary>
/// Which of our rules answer for each kind of dciodvfy message: a dciodvfy error of a covered kind must have a finding
/// of one of those rules at the same tag. Kinds without rules yet say why; when the module rules land (issue 8 item 2)
/// their names go into <see cref="DciodvfyMessageKind.Module"/> and <see cref="DciodvfyMessageKind.FileMeta"/>.
/// </summary>
internal static class DciodvfyCoverage
{
    public static IReadOnlyDictionary<DciodvfyMessageKind, (string[] Rules, string Reason)> ByKind { get; } = new Dictionary<DciodvfyMessageKind, (string[], string)>
    {
        [DciodvfyMessageKind.ValueFormat] = ([ValueRuleSet.VrValue, ValueRuleSet.Padding, ValueRuleSet.UidSyntax], "VR repertoire, length and format; padding bytes; UI values"),
        [DciodvfyMessageKind.ValueMultiplicity] = ([ValueRuleSet.ValueMultiplicity], "VM against the dictionary"),
        [DciodvfyMessageKind.Uid] = ([ValueRuleSet.UidSyntax], "PS3.5 §9.1 and the root arc"),
        [DciodvfyMessageKind.Retired] = ([ValueRuleSet.RetiredAttribute, ValueRuleSet.GroupLength], "retired attributes; group lengths outside 0002"),
        [DciodvfyMessageKind.Private] = ([ValueRuleSet.PrivateCreator], "private creators"),
        [DciodvfyMessageKind.GroupLength] = ([ValueRuleSet.GroupLength], "group length values"),
        [DciodvfyMessageKind.Module] = ([Dicom.Validation.Rules.Modules.ModuleAttributesRule.Name], "presence and type in the covered modules (CoveredModules)"),
        [DciodvfyMessageKind.FileMeta] = ([Dicom.Validation.Rules.Modules.FileMetaConsistentRule.Name], "file meta against the data set"),
        [DciodvfyMessageKind.DatasetRead] = ([], "not a conformance finding of the file's values: dciodvfy's own reading (our reader's failures are file-readable findings)"),
        [DciodvfyMessageKind.Summary] = ([], "repeats the lines before it, naming no tag"),
        [DciodvfyMessageKind.Other] = ([], "DICOMDIR readiness and 'IOD not found': outside the per-instance rules"),
    };

    /// <summary>The modules our rules cover, as dciodvfy names them (<c>Module=&lt;GeneralSeries&gt;</c>) and as the pack's parameter does.</summary>
    public static IReadOnlyDictionary<string, string> CoveredModules { get; } = new Dictionary<string, string>
    {
        ["Patient"] = "patient", ["GeneralStudy"] = "general-study", ["PatientStudy"] = "patient-study", ["GeneralSeries"] = "general-series",
        ["GeneralEquipment"] = "general-equipment", ["GeneralImage"] = "general-image", ["ImagePixel"] = "image-pixel", ["SOPCommon"] = "sop-common",
    };

    /// <summary>
    /// The macros of the covered modules, as dciodvfy names the module of their attributes (<c>Module=&lt;ImagePixelDescriptionMacro&gt;</c>).
    /// Other modules use some of them too: the corpus comparison shows no error of theirs outside a covered module.
    /// </summary>
    public static IReadOnlyList<string> CoveredMacros { get; } =
        ["ImagePixelDescriptionMacro", "PersonIdentificationMacro", "HL7v2HierarchicDesignatorMacro", "IssuerOfPatientIDMacro", "RequestAttributesMacro"];

    /// <summary>
    /// A module finding of dciodvfy is ours to match only in a module (or macro) we cover, Type 1 and 2 and, since the
    /// module data has the conditions, 1C and 2C (those it cannot decide, such as Laterality's "paired body part", are
    /// quirks of dciodvfy's reading, <see cref="DciodvfyQuirks"/>). The other kinds always.
    /// </summary>
    public static bool IsCovered(DicomFinding oracle) =>
        RulesFor(oracle.Rule).Length > 0 && (DciodvfyMessageKinds.RuleName(DciodvfyMessageKind.Module) != oracle.Rule
            || CoveredModules.Keys.Concat(CoveredMacros).Any(module => oracle.Message.Contains($"Module=<{module}>", StringComparison.Ordinal)));

    public static string[] RulesFor(string oracleRule)
    {
        foreach (var (kind, (rules, _)) in ByKind)
            if (DciodvfyMessageKinds.RuleName(kind) == oracleRule) return rules;
        return [];
    }
}
