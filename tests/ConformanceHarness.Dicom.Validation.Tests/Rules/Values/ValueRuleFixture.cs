using System.Text;
using System.Text.Json;

using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

/// <summary>
/// A conformant instance built with the codec (setters check every value), written and read back so padding and the
/// file meta group length are the writer's; a value rule run over it by name, as a pack row would make it; and raw
/// elements for the one violation a test adds (setters refuse bad values, so violations bypass them).
/// </summary>
internal static class ValueRuleFixture
{
    public const string PrivateCreator = "HARNESS TEST";

    /// <summary>
    /// CT header attributes under ISO_IR 100 (a Latin-1 name), multi-valued DS, US, a private block, and a Request
    /// Attributes Sequence item holding a Referenced Image Sequence item with its own private block.
    /// </summary>
    public static DicomDataset Conformant()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SpecificCharacterSet, "ISO_IR 100")
            .AddOrUpdate(DicomTags.SOPClassUID, DicomUids.CTImageStorage)
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomUid.Generate())
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomUid.Generate())
            .AddOrUpdate(DicomTags.StudyDate, "20240501").AddOrUpdate(DicomTags.StudyTime, "120000.5")
            .AddOrUpdate(DicomTags.Modality, "CT").AddOrUpdate(DicomTags.PatientName, "Tremblay^Élise")
            .AddOrUpdate(DicomTags.PatientID, "P-0001").AddOrUpdate(DicomTags.PatientAge, "042Y")
            .AddOrUpdate(DicomTags.PixelSpacing, "0.5", "0.25").AddOrUpdate(DicomTags.Rows, (ushort)4)
            .AddOrUpdate(DicomTags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
        dataset.AddOrUpdate(DicomVR.LO, dataset.GetPrivateTag(PrivateCreator, 0x0029, 0x10), "private value");
        dataset.AddOrUpdate(new DicomSequence(DicomTags.RequestAttributesSequence, RequestItem()));
        return dataset;
    }

    /// <summary>The first item of the Request Attributes Sequence, <c>(0040,0275)[0]</c>.</summary>
    public static DicomDataset RequestItem(DicomFile file) => file.Dataset.GetSequence(DicomTags.RequestAttributesSequence).Items[0];

    /// <summary>The image item inside it, <c>(0040,0275)[0]/(0008,1140)[0]</c>.</summary>
    public static DicomDataset ImageItem(DicomFile file) => RequestItem(file).GetSequence(DicomTags.ReferencedImageSequence).Items[0];

    /// <summary>The data set as a file written by the codec and read back.</summary>
    public static DicomFile Written(DicomDataset dataset, TransferSyntax? syntax = null)
    {
        using var stream = new MemoryStream();
        new DicomFile(dataset) { TransferSyntax = syntax ?? TransferSyntax.ExplicitVRLittleEndian }.Save(stream);
        stream.Position = 0;
        return DicomFile.Read(stream);
    }

    public static DicomFile ConformantFile() => Written(Conformant());

    /// <summary>The findings of rule <paramref name="rule"/> made from <paramref name="parameters"/> (a JSON object), as a pack row makes it.</summary>
    public static IReadOnlyList<DicomFinding> Check(string rule, DicomFile file, string? parameters = null)
    {
        var definition = DicomRuleRegistry.Find(rule) ?? throw new ArgumentException($"no rule {rule}", nameof(rule));
        using var json = JsonDocument.Parse(parameters ?? "{}");
        var instance = definition.Instance!(new RuleParameters(json.RootElement, $"test row ({rule})"));
        return [.. instance.Check(new InstanceContext(file, "test.dcm", "hospital"))];
    }

    /// <summary>The findings of <paramref name="rule"/> on the conformant file after <paramref name="fault"/> broke it.</summary>
    public static IReadOnlyList<DicomFinding> CheckFault(string rule, Action<DicomFile> fault, string? parameters = null)
    {
        var file = ConformantFile();
        fault(file);
        return Check(rule, file, parameters);
    }

    /// <summary>An element with exactly these bytes (Latin-1 text), as a careless writer would leave it.</summary>
    public static DicomElement Raw(DicomTag tag, DicomVR vr, string text) => new(tag, vr, Encoding.Latin1.GetBytes(text));

    private static DicomDataset RequestItem()
    {
        var image = new DicomDataset()
            .AddOrUpdate(DicomTags.ReferencedSOPClassUID, DicomUids.CTImageStorage)
            .AddOrUpdate(DicomTags.ReferencedSOPInstanceUID, DicomUid.Generate());
        image.AddOrUpdate(DicomVR.LO, image.GetPrivateTag(PrivateCreator, 0x0029, 0x10), "item private value");
        return new DicomDataset()
            .AddOrUpdate(DicomTags.RequestedProcedureID, "RP-1")
            .AddOrUpdate(new DicomSequence(DicomTags.ReferencedImageSequence, image));
    }
}
