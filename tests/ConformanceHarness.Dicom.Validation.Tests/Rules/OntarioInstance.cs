using ConformanceHarness.Dicom;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules;

/// <summary>
/// A synthetic CT image conformant to the whole ontario-mi-dicom pack: the TestSupport CT plus the Ontario identifiers
/// (MRN with issuer, an HCN item, accession with issuer, a request item), birth date, institution and station. Every
/// value is invented; the HCN 9876543217 passes the mod-10 check. <see cref="Build"/> applies changes to the data set
/// before the file meta is made from it, so the meta stays consistent unless a test changes it after; its group length, a placeholder until written, is left
/// out (the writer computes it).
/// </summary>
public static class OntarioInstance
{
    public const string HcnIssuer = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn";

    public const string Hcn = "9876543217";

    public const string Accession = "SYN-ACC-0001";

    public static DicomFile Build(Action<DicomDataset>? change = null)
    {
        var dataset = SyntheticInstances.CtImage(new CtImageSpec { PixelDataBytes = 32 }).Dataset;
        dataset.AddOrUpdate(DicomTags.IssuerOfPatientID, "SYNTH-GENERAL-HOSPITAL");
        dataset.AddOrUpdate(new DicomSequence(DicomTags.OtherPatientIDsSequence, PatientIdItem(Hcn, HcnIssuer)));
        dataset.AddOrUpdate(DicomTags.PatientBirthDate, "19800101");
        dataset.AddOrUpdate(DicomTags.AccessionNumber, Accession);
        dataset.AddOrUpdate(new DicomSequence(DicomTags.IssuerOfAccessionNumberSequence, new DicomDataset().AddOrUpdate(DicomTags.LocalNamespaceEntityID, "SYNTH-RIS")));
        dataset.AddOrUpdate(new DicomSequence(DicomTags.RequestAttributesSequence, new DicomDataset()
            .AddOrUpdate(DicomTags.RequestedProcedureID, "RP-0001")
            .AddOrUpdate(DicomTags.ScheduledProcedureStepID, "SPS-0001")
            .AddOrUpdate(DicomTags.AccessionNumber, Accession)));
        dataset.AddOrUpdate(DicomTags.InstitutionName, "Synthetic General Hospital");
        dataset.AddOrUpdate(DicomTags.StationName, "SYNCT01");
        change?.Invoke(dataset);
        var meta = DicomFileMetaInformation.Create(dataset, TransferSyntax.ExplicitVRLittleEndian);
        meta.Remove(DicomFileMetaInformation.GroupLength);
        return new DicomFile(dataset, meta);
    }

    public static DicomDataset PatientIdItem(string id, string issuer) => new DicomDataset()
        .AddOrUpdate(DicomTags.PatientID, id)
        .AddOrUpdate(DicomTags.IssuerOfPatientID, issuer)
        .AddOrUpdate(DicomTags.TypeOfPatientID, "TEXT");

    /// <summary>The first item of a sequence of the data set.</summary>
    public static DicomDataset Item(this DicomDataset dataset, DicomTag sequence) => dataset.GetSequence(sequence).Items[0];

    /// <summary>Sets a string value as raw bytes (Latin-1), past the setter's VR checks: to build what a sender gets wrong.</summary>
    public static DicomDataset SetRaw(this DicomDataset dataset, DicomTag tag, DicomVR vr, string text)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        return dataset.AddOrUpdate(new DicomElement(tag, vr, bytes.Length % 2 == 0 ? bytes : [.. bytes, vr.Padding]));
    }
}
