using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// Patient Module, PS3.3 C.7.1.1, as ontario-dicom-ig.md §3.1 asks: Patient ID = the performing facility's MRN with the
/// facility as issuer (Issuer of Patient ID + qualifiers: URI, type code MR); the HCN in an Other Patient IDs Sequence
/// item with its own issuer (the Infoway HCN naming system, type code JHN). The version code is not sent (§3.6).
/// </summary>
internal sealed class PatientModule : IIodModule
{
    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var patient = context.Patient;
        var mrn = patient.MrnAt(context.Order.Facility.Code);
        dataset.AddOrUpdate(DicomTags.PatientName, patient.Name.ToDicom());
        dataset.AddOrUpdate(DicomTags.PatientID, mrn.Value);
        dataset.AddOrUpdate(DicomTags.IssuerOfPatientID, mrn.Issuer.Code);
        AddQualifiers(dataset, mrn.Issuer.MrnSystemUri, MedicalRecordNumber.IdentifierTypeCode);
        dataset.AddOrUpdate(DicomTags.PatientBirthDate, DatasetWriting.Da(patient.BirthDate));
        dataset.AddOrUpdate(DicomTags.PatientSex, ((char)patient.Sex).ToString());
        var other = dataset.AddItem(DicomTags.OtherPatientIDsSequence);
        other.AddOrUpdate(DicomTags.PatientID, patient.HealthCard.HealthNumber);
        other.AddOrUpdate(DicomTags.IssuerOfPatientID, HealthCardNumber.IssuerOfPatientId);
        AddQualifiers(other, HealthCardNumber.SystemUri, HealthCardNumber.IdentifierTypeCode);
        other.AddOrUpdate(DicomTags.TypeOfPatientID, "TEXT");
    }

    /// <summary>Issuer of Patient ID Qualifiers Sequence, PS3.3 Table 10-18.</summary>
    private static void AddQualifiers(DicomDataset dataset, string uri, string typeCode)
    {
        var qualifiers = dataset.AddItem(DicomTags.IssuerOfPatientIDQualifiersSequence);
        qualifiers.AddOrUpdate(DicomTags.UniversalEntityID, uri);
        qualifiers.AddOrUpdate(DicomTags.UniversalEntityIDType, "URI");
        qualifiers.AddOrUpdate(DicomTags.IdentifierTypeCode, typeCode);
    }
}
