// Cross-version (R5 -> R4) extensions the R4 edition of the guide uses. The official definitions live in
// hl7.fhir.uv.xver-r5.r4, which cannot be obtained here; these are our own definitions under the same URLs, limited to
// what the harness checks (value type and target types), so the official package can take their place.

Extension: ExtensionDiagnosticReportComposition
Id: extension-DiagnosticReport.composition
Title: "R5 DiagnosticReport.composition for use in R4 (harness reconstruction)"
Description: "Carries the R5 element DiagnosticReport.composition in R4: the Composition that holds the narrative and section structure of this report. Reconstructed by ConformanceHarness; not the official cross-version definition."
Context: DiagnosticReport
* ^url = "http://hl7.org/fhir/5.0/StructureDefinition/extension-DiagnosticReport.composition"
* ^status = #draft
* value[x] 1..1
* value[x] only Reference(Composition)

Extension: ExtensionDiagnosticReportNote
Id: extension-DiagnosticReport.note
Title: "R5 DiagnosticReport.note for use in R4 (harness reconstruction)"
Description: "Carries the R5 element DiagnosticReport.note (comments on the report, e.g. dictated section text) in R4. Reconstructed by ConformanceHarness; not the official cross-version definition."
Context: DiagnosticReport
* ^url = "http://hl7.org/fhir/5.0/StructureDefinition/extension-DiagnosticReport.note"
* ^status = #draft
* value[x] 1..1
* value[x] only Annotation

Extension: ExtensionCompositionVersion
Id: extension-Composition.version
Title: "R5 Composition.version for use in R4 (harness reconstruction)"
Description: "Carries the R5 element Composition.version (business version of the document) in R4. Reconstructed by ConformanceHarness; not the official cross-version definition."
Context: Composition
* ^url = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Composition.version"
* ^status = #draft
* value[x] 1..1
* value[x] only string

Extension: ExtensionServiceRequestReason
Id: extension-ServiceRequest.reason
Title: "R5 ServiceRequest.reason for use in R4 (harness reconstruction)"
Description: "Carries the R5 element ServiceRequest.reason (a CodeableReference in R5: the clinical question, as a code or a reference) in R4. Reconstructed by ConformanceHarness; not the official cross-version definition, whose shape may differ."
Context: ServiceRequest
* ^url = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ServiceRequest.reason"
* ^status = #draft
* value[x] 1..1
* value[x] only CodeableConcept or Reference(Condition or Observation or DiagnosticReport or DocumentReference)

// IHE RAD IDR derived DiagnosticReport extensions (the guide defines them under its own canonical).

Extension: HL7IDRComparisonStudy
Id: HL7IDRComparisonStudy
Title: "Comparison study (IDR-derived)"
Description: "A prior study the report compares with. Harness reconstruction of the guide's IDR-derived extension."
Context: DiagnosticReport
* ^status = #draft
* value[x] 1..1
* value[x] only Reference(ImagingStudy or Basic)

Extension: HL7IDRPatientHistory
Id: HL7IDRPatientHistory
Title: "Patient history (IDR-derived)"
Description: "Clinical history the report relies on. Harness reconstruction of the guide's IDR-derived extension; any target."
Context: DiagnosticReport
* ^status = #draft
* value[x] 1..1
* value[x] only Reference

Extension: HL7IDRImagingProcedure
Id: HL7IDRImagingProcedure
Title: "Imaging procedure (IDR-derived)"
Description: "The performed imaging procedure, an adverse event during it, or its radiation dose. Harness reconstruction of the guide's IDR-derived extension (R4 targets)."
Context: DiagnosticReport
* ^status = #draft
* value[x] 1..1
* value[x] only Reference(Procedure or AdverseEvent or Observation)

Extension: HL7IDRFinding
Id: HL7IDRFinding
Title: "Finding (IDR-derived)"
Description: "A finding or key image the report presents. Harness reconstruction of the guide's IDR-derived extension (R4 targets)."
Context: DiagnosticReport
* ^status = #draft
* value[x] 1..1
* value[x] only Reference(Observation or Basic or DocumentReference or Media)

Extension: HL7IDRImpression
Id: HL7IDRImpression
Title: "Impression (IDR-derived)"
Description: "A conclusion of the report: a finding, a condition or a key image. Harness reconstruction of the guide's IDR-derived extension."
Context: DiagnosticReport
* ^status = #draft
* value[x] 1..1
* value[x] only Reference(Observation or Condition or Basic or DocumentReference)

Extension: HL7IDRRecommendation
Id: HL7IDRRecommendation
Title: "Recommendation (IDR-derived)"
Description: "A follow-up the report recommends. Harness reconstruction of the guide's IDR-derived extension."
Context: DiagnosticReport
* ^status = #draft
* value[x] 1..1
* value[x] only Reference(CarePlan or ServiceRequest)

Extension: HL7IDRCommunication
Id: HL7IDRCommunication
Title: "Communication (IDR-derived)"
Description: "A communication about the report (e.g. of a critical result). Harness reconstruction of the guide's IDR-derived extension; any target."
Context: DiagnosticReport
* ^status = #draft
* value[x] 1..1
* value[x] only Reference

Extension: AnatomicalRegionExtension
Id: AnatomicalRegionExtension
Title: "Anatomical region (EU imaging)"
Description: "The anatomical region a report or study covers, coded from the guide's anatomical region value set (required). Harness reconstruction; the official id is assumed to equal the name."
Context: DiagnosticReport, ImagingStudy
* ^status = #draft
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept.coding 1..*
* valueCodeableConcept from ValueSetAnatomicalRegion (required)
