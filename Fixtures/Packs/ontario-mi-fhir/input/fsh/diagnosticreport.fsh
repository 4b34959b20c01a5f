// Submission DiagnosticReport, the MI Report (ontario-fhir-ig.md §1.4, §7.2, §7.4, §8).

Extension: ExtDiAddendumOf
Id: ext-di-addendum-of
Title: "DI addendum of"
Description: "This report is an addendum to the referenced report (ontario-fhir-ig.md §8; TU/v0.9; the official canonical was not captured)."
* ^status = #draft
* ^context.type = #element
* ^context.expression = "DiagnosticReport"
* value[x] 1..1
* value[x] only Reference(DiagnosticReport)

Invariant: on-mi-dr-1
Description: "The report carries the practitioner's interpretation: a conclusion or a presented form (§1.4)."
Severity: #error
Expression: "conclusion.exists() or presentedForm.exists()"

Profile: CaOnMiDiagnosticReport
Parent: DiagnosticReport
Id: ca-on-mi-profile-diagnosticReport
Title: "MI DiagnosticReport (submission)"
Description: "An imaging report: accession and report identifiers, status, imaging category, procedure code, patient, order, imaging study, addendum link and the interpretation. Reconstruction (TU/v0.9 profile fragments)."
* ^status = #draft
* obeys on-mi-dr-1
* language MS
* extension contains ExtDiAddendumOf named addendumOf 0..1 MS
* identifier 1..* MS
* identifier.system 1..1 MS
* identifier.value 1..1 MS
* identifier ^slicing.discriminator.type = #pattern
* identifier ^slicing.discriminator.path = "type"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "Two slices by fixed identifier type, as the TU/v0.9 profile has: the accession number and the filler (report) number."
* identifier contains accession 1..1 MS and report 0..1 MS
* identifier[accession].type 1..1 MS
* identifier[accession].type = $v2-0203#ACSN
* identifier[report].type 1..1 MS
* identifier[report].type = $v2-0203#FILL
* status MS
* category 1..* MS
* category from MiReportCategory (required)
* code MS
* code.coding 1..* MS
* code.coding.system 1..1 MS
* code.coding.code 1..1 MS
* subject 1..1 MS
* subject only Reference(CaOnMiPatient)
* subject.reference 1..1 MS
* basedOn MS
* basedOn only Reference(CaOnMiServiceRequest)
* issued MS
* resultsInterpreter MS
* resultsInterpreter only Reference(CaOnMiPractitioner or CaOnMiPractitionerRole)
* imagingStudy MS
* imagingStudy only Reference(CaOnMiImagingStudy)
* conclusion MS
* presentedForm MS
