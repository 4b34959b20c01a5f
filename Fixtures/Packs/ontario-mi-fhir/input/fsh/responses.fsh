// Query-response profiles: Ontario EHR family (ontario-fhir-ig.md §1.4, §6.2, §7.1, §7.3, §8, §9).

Invariant: on-mi-doc-1
Description: "The index entry's attachment url points at the indexed order, report or study: [base]/ServiceRequest|DiagnosticReport|ImagingStudy/<id> (§1.4, §1.5)."
Severity: #error
Expression: "content.attachment.url.all(matches('(^|/)(ServiceRequest|DiagnosticReport|ImagingStudy)/[A-Za-z0-9.-]{1,64}$'))"

Profile: ProfileDocumentReference
Parent: DocumentReference
Id: profile-documentReference
Title: "DocumentReference EHR (miCDR index)"
Description: "The DocumentReference miCDR creates for every submitted order, report or study, which Search DocumentReference returns. Reconstruction (v1 Business Data, Search DocumentReference; TU event-modality binding)."
* ^url = "http://ontariohealth.ca/fhir/ehr/StructureDefinition/profile-documentReference"
* ^status = #draft
* obeys on-mi-doc-1
* identifier MS
* status MS
* docStatus MS
* type MS
* category MS
* category from MiDocumentCategoryVS (extensible)
* subject 1..1 MS
* subject only Reference(Patient)
* date MS
* content MS
* content.attachment.url 1..1 MS
* context MS
* context.event MS
* context.event from AcquisitionModality (required)
* context.period MS

Profile: ProfileEndpoint
Parent: Endpoint
Id: profile-endpoint
Title: "Endpoint EHR"
Description: "Where the images of a study are and how to retrieve them, carried in ImagingStudy search results (v1 4.2.8; element constraints were not retrievable, so this reconstruction only marks the base elements MustSupport)."
* ^url = "http://ontariohealth.ca/fhir/ehr/StructureDefinition/profile-endpoint"
* ^status = #draft
* status MS
* connectionType MS
* payloadType MS
* payloadMimeType MS
* address MS

Extension: ExtCopiedParticipants
Id: ext-copied-participants
Title: "Copied participants"
Description: "Practitioners copied on the report (TU DiagnosticReport Imaging EHR; canonical not captured)."
* ^status = #draft
* ^context.type = #element
* ^context.expression = "DiagnosticReport"
* value[x] 1..1
* value[x] only Reference(Practitioner or PractitionerRole)

Extension: ExtRecipients
Id: ext-recipients
Title: "Recipients"
Description: "Recipients of the report (TU DiagnosticReport Imaging EHR; canonical not captured)."
* ^status = #draft
* ^context.type = #element
* ^context.expression = "DiagnosticReport"
* value[x] 1..1
* value[x] only Reference(Organization or Practitioner)

Profile: ProfileDiagnosticReportImaging
Parent: CaOnMiDiagnosticReport
Id: profile-diagnosticReport-imaging
Title: "DiagnosticReport Imaging EHR"
Description: "An imaging report as miCDR returns it: the submission profile plus copied participants, recipients, typed identifiers and narrative (TU). Reconstruction."
* ^url = "http://ontariohealth.ca/fhir/ehr/StructureDefinition/profile-diagnosticReport-imaging"
* ^status = #draft
* text MS
* extension contains ExtCopiedParticipants named copiedParticipants 0..* MS and ExtRecipients named recipients 0..* MS
* identifier.type 1..1 MS
* identifier.type from MiIdentifierType (required)
