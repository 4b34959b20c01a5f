using System.Text.Json.Serialization;

using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Orders;

/// <summary>
/// A request for imaging (what a FHIR ServiceRequest and an HL7 ORM describe): identifiers with the facility as their
/// issuer, the procedure, body site and laterality, the reason, the requester and when it was authored.
/// </summary>
public sealed class ImagingOrder
{
    internal ImagingOrder(SyntheticPatient patient, Facility facility, OrderIdentifiers identifiers, ImagingProcedure procedure,
        Laterality laterality, string reason, Practitioner requester, DateTime authored)
    {
        Patient = patient;
        Facility = facility;
        Identifiers = identifiers;
        Procedure = procedure;
        Laterality = laterality;
        Reason = reason;
        Requester = requester;
        Authored = authored;
    }

    [JsonIgnore]
    public SyntheticPatient Patient { get; }

    /// <summary>The performing facility: issuer of the accession number and of the patient's MRN in the study.</summary>
    public Facility Facility { get; }

    public OrderIdentifiers Identifiers { get; }

    public ImagingProcedure Procedure { get; }

    public string Modality => Procedure.Modality;

    public Laterality Laterality { get; }

    public string Reason { get; }

    public Practitioner Requester { get; }

    /// <summary>When the order was authored (local Ontario time, no offset: a world has no clock).</summary>
    public DateTime Authored { get; }

    /// <summary>
    /// Acquires the study that fulfils this order: <paramref name="seriesCount"/> series of
    /// <paramref name="instancesPerSeries"/> images each, with synthetic pixels or without Pixel Data (see
    /// <see cref="SyntheticStudy"/> for what that means for conformance). Each call is a new study with new UIDs.
    /// </summary>
    public SyntheticStudy Perform(int seriesCount = 1, int instancesPerSeries = 1, bool withPixels = true) =>
        StudyGenerator.Perform(this, new StudyShape(seriesCount, instancesPerSeries, withPixels));
}
