using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Modules;

/// <summary>
/// The 1C/2C conditions of the module data, one case per kind of clause: a data set breaking exactly one condition and
/// the module rules finding exactly its attributes; beside each, a conformant twin with the condition met (or false)
/// on which they find nothing. The base instance (OntarioInstance) is itself conformant (OntarioPackTests).
/// </summary>
public sealed class ModuleConditionsTests
{
    private static readonly Dictionary<string, Action<DicomDataset>> Broken = new()
    {
        ["or: a death date in an alternative calendar, no calendar"] = d => d.AddOrUpdate(DicomTags.PatientDeathDateInAlternativeCalendar, "14450101"),
        ["hasValue: a responsible person named, no role"] = d => d.AddOrUpdate(DicomTags.ResponsiblePerson, "Doe^Jane"),
        ["equals: a TEXT protocol context item without Text Value"] = d => Protocol(d, "TEXT", null),
        ["equals one of: Pixel Presentation MIXED without palette descriptors"] = d => d.AddOrUpdate(DicomTags.PixelPresentation, "MIXED"),
        ["and: identity removed YES without a method"] = d => d.AddOrUpdate(DicomTags.PatientIdentityRemoved, "YES"),
        ["equals: a value with a leading space, YES without a method"] = d => d.SetRaw(DicomTags.PatientIdentityRemoved, DicomVR.CS, " YES"),
        ["absent: a person identification item without institution"] = d => Referring(d, null),
        ["greaterThan: three samples per pixel without Planar Configuration"] = d => d.AddOrUpdate(DicomTags.SamplesPerPixel, (ushort)3),
        ["otherwise absent: Planar Configuration with one sample per pixel"] = d => d.AddOrUpdate(DicomTags.PlanarConfiguration, (ushort)0),
        ["iodDoesNotRequire: a Secondary Capture image without Patient Orientation"] = d => d.AddOrUpdate(DicomTags.SOPClassUID, DicomUids.SecondaryCaptureImageStorage),
    };

    private static readonly Dictionary<string, Action<DicomDataset>> Conformant = new()
    {
        ["or: a death date in an alternative calendar with its calendar"] = d => d
            .AddOrUpdate(DicomTags.PatientDeathDateInAlternativeCalendar, "14450101").AddOrUpdate(DicomTags.PatientAlternativeCalendar, "ISLAMIC"),
        ["hasValue: a responsible person present but empty, no role"] = d => d.AddOrUpdate(DicomTags.ResponsiblePerson, []),
        ["equals: a TEXT protocol context item with Text Value"] = d => Protocol(d, "TEXT", i => i.AddOrUpdate(DicomTags.TextValue, "contrast")),
        ["equals: a CODE protocol context item with its Concept Code Sequence"] = d => Protocol(d, "CODE", i => i.AddOrUpdate(new DicomSequence(DicomTags.ConceptCodeSequence, ModuleRules.Code("C1")))),
        ["equals one of: Pixel Presentation MONOCHROME"] = d => d.AddOrUpdate(DicomTags.PixelPresentation, "MONOCHROME"),
        ["and: identity removed YES with a method code sequence only"] = d => d.AddOrUpdate(DicomTags.PatientIdentityRemoved, "YES")
            .AddOrUpdate(new DicomSequence(DicomTags.DeidentificationMethodCodeSequence, ModuleRules.Code("113100"))),
        ["and: identity removed NO without a method"] = d => d.AddOrUpdate(DicomTags.PatientIdentityRemoved, "NO"),
        ["absent: a person identification item with an institution name"] = d => Referring(d, "Synthetic Clinic"),
        ["greaterThan: three samples per pixel with Planar Configuration"] = d => d.AddOrUpdate(DicomTags.SamplesPerPixel, (ushort)3).AddOrUpdate(DicomTags.PlanarConfiguration, (ushort)0),
        ["iodDoesNotRequire: a Secondary Capture image with Patient Orientation"] = d => d
            .AddOrUpdate(DicomTags.SOPClassUID, DicomUids.SecondaryCaptureImageStorage).AddOrUpdate(DicomTags.PatientOrientation, "L", "P"),
        ["unknown: an animal without breed, responsible person or neuter status"] = d => d.AddOrUpdate(DicomTags.PatientSpeciesDescription, "Canis lupus familiaris"),
    };

    [Theory]
    [InlineData("or: a death date in an alternative calendar, no calendar", "Type 1C (condition present (0010,0033) or present (0010,0034) holds)", "(0010,0035)")]
    [InlineData("hasValue: a responsible person named, no role", "condition hasValue (0010,2297) holds", "(0010,2298)")]
    [InlineData("equals: a TEXT protocol context item without Text Value", "condition equals (0040,A040) TEXT holds", "(0040,0275)[0]/(0040,0008)[0]/(0040,0440)[0]/(0040,A160)")]
    [InlineData("equals one of: Pixel Presentation MIXED without palette descriptors", "or equals (0008,9205) COLOR|MIXED holds", "(0028,1101)", "(0028,1102)", "(0028,1103)", "(0028,1201)", "(0028,1202)", "(0028,1203)")]
    [InlineData("and: identity removed YES without a method", "equals (0012,0062) YES and absent", "(0012,0063)", "(0012,0064)")]
    [InlineData("equals: a value with a leading space, YES without a method", "equals (0012,0062) YES and absent", "(0012,0063)", "(0012,0064)")]
    [InlineData("absent: a person identification item without institution", "PS3.3 Table 10-1", "(0008,0096)[0]/(0008,0080)", "(0008,0096)[0]/(0008,0082)")]
    [InlineData("greaterThan: three samples per pixel without Planar Configuration", "is missing; PS3.3 Table C.7-11a", "(0028,0006)")]
    [InlineData("otherwise absent: Planar Configuration with one sample per pixel", ModuleAttributesRule.ShallNotBePresent, "(0028,0006)")]
    [InlineData("iodDoesNotRequire: a Secondary Capture image without Patient Orientation", "Type 2C (condition iodDoesNotRequire image-plane|*multi-frame-functional-groups holds)", "(0020,0020)")]
    public void Check_ConditionBroken_FindsExactlyItsAttributes(string name, string message, params string[] paths)
    {
        var findings = ModuleRules.Findings(ModuleRules.Instance(Broken[name]));

        Assert.Equal(paths, findings.Select(f => f.TagPath));
        Assert.All(findings, f => Assert.Contains(message, f.Message, StringComparison.Ordinal));
    }

    public static TheoryData<string> ConformantCases => [.. Conformant.Keys];

    [Theory]
    [MemberData(nameof(ConformantCases))]
    public void Check_ConditionMetOrFalse_FindsNothing(string name)
    {
        Assert.Empty(ModuleRules.Findings(ModuleRules.Instance(Conformant[name])).Select(f => f.ToString()));
    }

    private static void Protocol(DicomDataset dataset, string valueType, Action<DicomDataset>? value)
    {
        var context = new DicomDataset().AddOrUpdate(DicomTags.ValueType, valueType)
            .AddOrUpdate(new DicomSequence(DicomTags.ConceptNameCodeSequence, ModuleRules.Code("P1")));
        value?.Invoke(context);
        dataset.Item(DicomTags.RequestAttributesSequence).AddOrUpdate(new DicomSequence(DicomTags.ScheduledProtocolCodeSequence,
            ModuleRules.Code("PROTO").AddOrUpdate(new DicomSequence(DicomTags.ProtocolContextSequence, context))));
    }

    private static void Referring(DicomDataset dataset, string? institution)
    {
        var person = new DicomDataset().AddOrUpdate(new DicomSequence(DicomTags.PersonIdentificationCodeSequence, ModuleRules.Code("DR1")));
        if (institution is not null) person.AddOrUpdate(DicomTags.InstitutionName, institution);
        dataset.AddOrUpdate(new DicomSequence(DicomTags.ReferringPhysicianIdentificationSequence, person));
    }
}
