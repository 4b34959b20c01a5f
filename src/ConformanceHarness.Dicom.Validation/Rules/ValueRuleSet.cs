using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Values;

namespace ConformanceHarness.Dicom.Validation.Rules;

/// <summary>
/// The rule group for the VR, VM, UID, padding, retired, group-length and private-creator rules over every element
/// (file meta information, data set and sequence items). Each finding carries the standard's severity; a pack row's
/// level replaces it.
/// </summary>
public static class ValueRuleSet
{
    public const string VrValue = "vr-value";
    public const string ValueMultiplicity = "value-multiplicity";
    public const string UidSyntax = "uid-syntax";
    public const string UidRoot = "uid-root";
    public const string Padding = "padding";
    public const string RetiredAttribute = "retired-attribute";
    public const string GroupLength = "group-length";
    public const string PrivateCreator = "private-creator";

    public static IReadOnlyList<DicomRuleDefinition> Definitions { get; } =
    [
        new(VrValue, "every value of a string VR has the VR's repertoire (under the character set in force), length and format (PS3.5 Table 6.2-1; UI values are uid-syntax's); a binary value's length is a multiple of its unit",
            Instance: Parameterless(new VrValueRule())),
        new(ValueMultiplicity, "every element holds as many values as its VM in the data dictionary allows (PS3.6 Table 6-1, PS3.5 §6.4)",
            Instance: Parameterless(new ValueMultiplicityRule())),
        new(UidSyntax, "every UI value is a UID: at most 64 bytes, digits and dots, no empty component, no leading zero (PS3.5 §9.1); a root arc other than 0, 1 or 2 is a warning",
            Instance: Parameterless(new UidSyntaxRule())),
        new(UidRoot, "the instance's own UIDs (parameter 'tags', default Study, Series, SOP and Frame of Reference UIDs) lie under one of the parameter 'allowedRoots'",
            Instance: UidRootRule.Create),
        new(Padding, "every value has an even length, padded with the VR's padding byte: NUL for UI, space for the other string VRs (PS3.5 §7.1.1, §6.2)",
            Instance: Parameterless(new PaddingRule())),
        new(RetiredAttribute, "no attribute the data dictionary marks retired (PS3.6 Table 6-1); group lengths are group-length's",
            Instance: Parameterless(new RetiredAttributeRule())),
        new(GroupLength, "no group length (gggg,0000) outside group 0002 (retired, PS3.5 §7.2); one that is present matches the group's encoded length",
            Instance: Parameterless(new GroupLengthRule())),
        new(PrivateCreator, "every private data element (gggg,xxyy) has its private creator (gggg,00xx) in the same data set, and every creator is a non-empty LO (PS3.5 §7.8.1)",
            Instance: Parameterless(new PrivateCreatorRule())),
    ];

    /// <summary>The factory of a rule that takes no parameters: a row giving any is refused at load, naming them.</summary>
    private static Func<RuleParameters, IInstanceRule> Parameterless(IInstanceRule rule) => parameters =>
    {
        parameters.RejectUnknown();
        return rule;
    };
}
