namespace ConformanceHarness.Fhir.Requirements;

/// <summary>A business rule a StructureDefinition cannot express, named for <c>check:NAME</c> in a catalogue.</summary>
public sealed record BusinessCheck(string Name, string Description, bool Implemented);

/// <summary>
/// The business checks the catalogues may name. Those with <see cref="BusinessCheck.Implemented"/> true run in the
/// validator (Validation/Business, on the profile the description names); the others are for the simulators and
/// scenarios that will implement them. A catalogue naming a check not listed here fails
/// its integrity check.
/// </summary>
public static class BusinessChecks
{
    /// <summary>The checks of the <c>ontario-mi-fhir</c> catalogue (requirement ids in each description), in name order.</summary>
    public static IReadOnlyList<BusinessCheck> All { get; } =
    [
        new("ambiguous-match", "ON-FHIR-BR-V4: a conditional update whose criteria match more than one stored resource rejects the whole bundle (base FHIR: 412). Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("async-bundle-accepted", "ON-FHIR-SUB-1: POST [base]/Bundle is answered 202 Accepted, queued, and later an asynchronous outcome reaches the contributor. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("chain-name-variants", "ON-FHIR-SRCH-4: the guide's chain spellings (basedOn:, basedon:) and R4's (based-on, basedon) are both accepted, the discrepancy recorded. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("composite-code-category", "ON-FHIR-SRCH-3: basedOn:ServiceRequest.code-category matches only when the same linked order has both code and category. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("conditional-url-matches-identifier", "ON-FHIR-BR-V3: an entry's conditional url names an identifier the entry's resource carries. Runs in the validator on ca-on-mi-profile-bundle (Validation/Business/ConditionalUrlCheck).", true),
        new("consumer-tolerates-must-support", "ON-FHIR-MS-3: a consumer processes MustSupport elements, including ones asserting missing information, without failing. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("content-type", "ON-FHIR-CT-1: bodies are application/fhir+json or application/fhir+xml in UTF-8; GET without Accept or _format answers JSON. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("content-type-charset", "ON-FHIR-CT-2: requests and responses state charset=UTF-8 in Content-Type. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("date-range-open-ends", "ON-FHIR-BR-Q6: a date range without a start covers everything up to the end, without an end everything after the start, with neither the most recent item. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("docref-identifier-system-value", "ON-FHIR-BR-V10: Search DocumentReference's identifier parameter gives system and value. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("docref-per-submission", "ON-FHIR-DOC-1: every stored order, report or study gets one DocumentReference whose attachment url points at it. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("docref-search-parameters", "ON-FHIR-SRCH-8: Search DocumentReference accepts patient.gender, patient.birthDate, identifier, date and category. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("docref-search-patient-identifier", "ON-FHIR-SRCH-1: Search DocumentReference carries patient.identifier once, with system and value. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("imagingstudy-endpoint-included", "ON-FHIR-EP-1: ImagingStudy search results carry the Endpoint of the images. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("imagingstudy-identifier-system", "ON-FHIR-SRCH-2: Search ImagingStudy's identifier parameter (accession or study UID) gives the system. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("imagingstudy-matches-dicom", "ON-FHIR-IS-6: the ImagingStudy's study UID and accession number match the study's DICOM headers. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("imagingstudy-search-parameters", "ON-FHIR-SRCH-7: Search ImagingStudy accepts patient.gender, patient.birthDate, started with gt/ge/lt/le, the linked order's code and category, identifier. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("mandatory-missing-rejected", "ON-FHIR-MS-1: a submission missing a mandatory element is answered with an error. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("no-blank-parameters", "ON-FHIR-BR-Q4: no search parameter is sent with a blank value. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("no-match-notification", "ON-FHIR-QRY-1: a search matching nothing carries an OperationOutcome notification; date parameters are precise to the second with an offset. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("non-must-support-ignored", "ON-FHIR-MS-4: non-MustSupport elements in a request are ignored, without error. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("optional-must-support-absent-accepted", "ON-FHIR-MS-7: a submission without optional MustSupport elements is accepted without error. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("optional-search-parameters-supported", "ON-FHIR-BR-Q3: miCDR supports every optional search parameter the guide lists. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("order-search-parameters", "ON-FHIR-SRCH-6: Search MI Order accepts patient.gender, patient.birthDate, occurrence, status, code, identifier, _sort, _count, _include. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("pcr-birthdate-match", "ON-FHIR-BR-C3: the submitted patient's birth date equals the Provincial Client Registry's. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("pcr-current-identifier", "ON-FHIR-BR-Q2: the query's patient identifier is the current health card number or MRN. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("read-by-id", "ON-FHIR-BR-Q5: GET [base]/ServiceRequest|DiagnosticReport|ImagingStudy/{id} answers 200 with the resource. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("referenced-resources-in-bundle", "ON-FHIR-BR-V8: the resources the main resource references are in the bundle. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("registry-validation", "ON-FHIR-BR-C2: received patients are checked against the PCR and providers against the PPR. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("report-search-parameters", "ON-FHIR-SRCH-5: Search MI Report accepts status, issued, code and the linked order's code and categories. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("resource-once-per-transaction", "ON-FHIR-BR-V6: a resource, by business identity, appears once per transaction (beyond the identical-url case invariant on-mi-bdl-2 catches). Runs in the validator on ca-on-mi-profile-bundle (Validation/Business/ResourceOnceCheck).", true),
        new("response-must-support-populated", "ON-FHIR-MS-6: responses populate MustSupport elements per the profile and leave the others out. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("search-patient-identifier", "ON-FHIR-BR-Q1: every search carries patient.identifier. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("search-patient-identifier-kind", "ON-FHIR-BR-V9: the query's patient identifier is an HCN, an MRN (preferred) or an ECID. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("search-patient-identifier-system-value", "ON-FHIR-BR-Q1.1: patient.identifier gives system|value, both present. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("server-assigns-ids", "ON-FHIR-BR-V7: the server assigns logical ids and ignores claimed ids and fullUrls. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("sync-transaction-response", "ON-FHIR-SUB-2: Submit MI Report is validated in-line and answered with a transaction-response or an error. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("transaction-atomicity", "ON-FHIR-BR-V5: a transaction's entries all succeed or all fail, whatever their order. Not implemented yet: for the miCDR simulator and scenarios.", false),
        new("unparseable-body-400", "ON-FHIR-CT-3: an unparseable body, or one breaking FHIR JSON/XML rules, is answered 400. Not implemented yet: for the miCDR simulator and scenarios.", false),
    ];

    public static BusinessCheck? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
