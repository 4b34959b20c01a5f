namespace ConformanceHarness.Fhir.Benchmarks;

/// <summary>
/// Synthetic resources of a typical imaging order-to-report flow (no real patient data): the patient, the order, the
/// study with two series and six instances, the report and one measurement.
/// </summary>
public static class ImagingResources
{
    public const string Patient = """
        {"resourceType": "Patient", "id": "pat-1001",
         "meta": {"lastUpdated": "2026-11-02T09:15:00Z"},
         "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                         "system": "urn:oid:2.16.840.1.113883.3.239.18.1", "value": "MRN-000123"},
                        {"system": "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", "value": "9876543225"}],
         "active": true,
         "name": [{"use": "official", "family": "Tremblay", "given": ["Alex", "Jordan"]}],
         "telecom": [{"system": "phone", "value": "+1-555-010-2030", "use": "home"}],
         "gender": "female", "birthDate": "1971-04-12",
         "address": [{"use": "home", "line": ["100 Example Street"], "city": "Toronto", "state": "ON", "postalCode": "M5V 0A0", "country": "CA"}]}
        """;

    public const string ServiceRequest = """
        {"resourceType": "ServiceRequest", "id": "order-2001",
         "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PLAC"}]},
                         "system": "urn:oid:2.16.840.1.113883.3.239.18.2", "value": "ACC-55501"}],
         "status": "active", "intent": "order", "priority": "routine",
         "category": [{"coding": [{"system": "http://snomed.info/sct", "code": "363679005", "display": "Imaging"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": "24627-2", "display": "Chest CT"}], "text": "CT chest with contrast"},
         "subject": {"reference": "Patient/pat-1001"},
         "authoredOn": "2026-11-01T14:30:00-05:00",
         "requester": {"reference": "Practitioner/prac-7", "display": "Dr. Example Referrer"},
         "reasonCode": [{"text": "Persistent cough, rule out mass"}],
         "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": "51185008", "display": "Thoracic structure"}]}]}
        """;

    public static readonly string ImagingStudy = $$"""
        {"resourceType": "ImagingStudy", "id": "study-3001",
         "identifier": [{"system": "urn:dicom:uid", "value": "urn:oid:2.25.1234567890123456789012345"},
                        {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "ACSN"}]}, "value": "ACC-55501"}],
         "status": "available",
         "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "CT"}],
         "subject": {"reference": "Patient/pat-1001"},
         "started": "2026-11-02T09:40:00-05:00",
         "basedOn": [{"reference": "ServiceRequest/order-2001"}],
         "referrer": {"reference": "Practitioner/prac-7"},
         "endpoint": [{"reference": "Endpoint/pacs-wado"}],
         "numberOfSeries": 2, "numberOfInstances": 6,
         "procedureCode": [{"coding": [{"system": "http://loinc.org", "code": "24627-2", "display": "Chest CT"}]}],
         "description": "CT CHEST W CONTRAST",
         "series": [{{Series(1, "Axial 2.5mm", 4)}}, {{Series(2, "Coronal MPR", 2)}}]}
        """;

    public const string DiagnosticReport = """
        {"resourceType": "DiagnosticReport", "id": "report-4001",
         "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.239.18.3", "value": "RPT-77001"}],
         "basedOn": [{"reference": "ServiceRequest/order-2001"}],
         "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD", "display": "Radiology"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": "24627-2", "display": "Chest CT"}]},
         "subject": {"reference": "Patient/pat-1001"},
         "effectiveDateTime": "2026-11-02T09:40:00-05:00", "issued": "2026-11-02T11:05:00-05:00",
         "performer": [{"reference": "Practitioner/prac-9", "display": "Dr. Example Radiologist"}],
         "result": [{"reference": "Observation/obs-5001"}],
         "imagingStudy": [{"reference": "ImagingStudy/study-3001"}],
         "conclusion": "8 mm nodule in the right upper lobe. No lymphadenopathy.",
         "conclusionCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "427359005", "display": "Solitary nodule of lung"}]}]}
        """;

    public const string Observation = """
        {"resourceType": "Observation", "id": "obs-5001",
         "status": "final",
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "imaging"}]}],
         "code": {"coding": [{"system": "http://snomed.info/sct", "code": "246120007", "display": "Nodule size"}]},
         "subject": {"reference": "Patient/pat-1001"},
         "effectiveDateTime": "2026-11-02T09:40:00-05:00",
         "valueQuantity": {"value": 8, "unit": "mm", "system": "http://unitsofmeasure.org", "code": "mm"},
         "bodySite": {"coding": [{"system": "http://snomed.info/sct", "code": "45653009", "display": "Upper lobe of right lung"}]},
         "derivedFrom": [{"reference": "ImagingStudy/study-3001"}]}
        """;

    public static IReadOnlyList<(string Name, string Json)> All =>
        [("Patient", Patient), ("ServiceRequest", ServiceRequest), ("ImagingStudy", ImagingStudy), ("DiagnosticReport", DiagnosticReport), ("Observation", Observation)];

    private static string Series(int number, string description, int instances)
    {
        var items = Enumerable.Range(1, instances).Select(i =>
            $$"""{"uid": "2.25.1234567890123456789012345.{{number}}.{{i}}", "sopClass": {"system": "urn:ietf:rfc:3986", "code": "urn:oid:1.2.840.10008.5.1.4.1.1.2"}, "number": {{i}}}""");
        return $$"""
            {"uid": "2.25.1234567890123456789012345.{{number}}", "number": {{number}},
             "modality": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "CT"},
             "description": "{{description}}", "numberOfInstances": {{instances}},
             "bodySite": {"system": "http://snomed.info/sct", "code": "51185008", "display": "Thoracic structure"},
             "started": "2026-11-02T09:41:00-05:00",
             "instance": [{{string.Join(", ", items)}}]}
            """;
    }
}
