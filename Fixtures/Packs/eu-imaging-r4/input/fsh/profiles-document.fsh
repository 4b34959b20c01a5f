// The document Bundle and its Composition (ConformanceHarness reconstruction of the guide's R4 edition).

Profile: BundleReportEuImaging
Parent: Bundle
Id: BundleReportEuImaging
Title: "Imaging report document Bundle (EU, R4; harness reconstruction)"
Description: "A document Bundle holding one imaging report: the Composition first, then the DiagnosticReport, the Patient, at least one ImagingStudy and whatever else the report references. Entries are sliced by resource type (the guide slices by type and profile); each slice's resource is held to its profile. Carries the Composition/DiagnosticReport agreement rules the guide describes but does not enforce."
* ^status = #draft
* obeys dr-comp-author-org and eu-img-agr-1 and eu-img-agr-2 and eu-img-agr-3 and eu-img-agr-4 and eu-img-agr-5 and eu-img-agr-6 and eu-img-agr-7 and eu-img-agr-8 and eu-img-agr-9
* type = #document (exactly)
* entry.fullUrl 1..1
* entry.resource 1..1
* entry ^slicing.discriminator.type = #type
* entry ^slicing.discriminator.path = "resource"
* entry ^slicing.rules = #open
* entry ^slicing.ordered = false
* entry ^slicing.description = "By resource type; the slice's profile then applies to the resource"
* entry contains
    CompositionEuImaging 1..1 and
    DiagnosticReportEuImaging 1..1 and
    Patient 1..1 and
    ImagingStudy 1..* and
    requested-procedure 0..* and
    performed-procedure 0..*
* entry[CompositionEuImaging].resource only CompositionEuImaging
* entry[DiagnosticReportEuImaging].resource only DiagnosticReportEuImaging
* entry[Patient].resource only PatientEuCore
* entry[ImagingStudy].resource only ImagingStudyEuImaging
* entry[requested-procedure].resource only ServiceRequestOrderEuImaging
* entry[performed-procedure].resource only ProcedureEuImaging

Profile: CompositionEuImaging
Parent: Composition
Id: CompositionEuImaging
Title: "Imaging report Composition (EU, R4; harness reconstruction)"
Description: "The narrative and section structure of an imaging report: identifier shared with the DiagnosticReport, subject, authors, the imaging-report and Medical-Imaging categories, attesters by mode, and the four mandatory sections (imaging study, order, history, procedure) plus the optional ones, each with its LOINC code."
* ^status = #draft
* extension contains ExtensionCompositionVersion named version 0..1
* identifier 1..1
* subject 1..1
* author only Reference(Practitioner or PractitionerRole or Device or Organization)
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category ^slicing.ordered = false
* category contains
    imaging-report 1..1 and
    imaging 1..1 and
    diagnostic-service 0..1
* category[imaging-report] = $loinc#85430-7
* category[imaging] = $eehrxf-category#Medical-Imaging
* category[diagnostic-service] from $diagnostic-service-sections (required)
* attester ^slicing.discriminator.type = #value
* attester ^slicing.discriminator.path = "mode"
* attester ^slicing.rules = #open
* attester ^slicing.ordered = false
* attester contains
    legalAuthenticator 0..* and
    resultValidator 0..*
* attester[legalAuthenticator].mode = #legal (exactly)
* attester[legalAuthenticator].time 1..1
* attester[legalAuthenticator].party 1..1
* attester[legalAuthenticator].party only Reference(Practitioner or PractitionerRole)
* attester[resultValidator].mode = #professional (exactly)
* attester[resultValidator].time 1..1
* attester[resultValidator].party only Reference(Practitioner or PractitionerRole)
* section obeys eu-imaging-composition-1
* section.code 1..1
* section.code from HarnessImagingReportSectionCodes (extensible)
* section ^slicing.discriminator.type = #pattern
* section ^slicing.discriminator.path = "code"
* section ^slicing.rules = #open
* section ^slicing.ordered = false
* section contains
    imagingstudy 1..1 and
    order 1..1 and
    history 1..1 and
    procedure 1..1 and
    comparison 0..1 and
    findings 0..1 and
    impression 0..1 and
    recommendation 0..1 and
    communication 0..1 and
    report 0..1
* section[imagingstudy].code = $loinc#18726-0
* section[imagingstudy].entry 1..*
* section[imagingstudy].entry only Reference(ImagingStudy)
* section[order].code = $loinc#55115-0
* section[order].entry only Reference(ServiceRequest)
* section[history].code = $loinc#11329-0
* section[procedure].code = $loinc#55111-9
* section[procedure].entry only Reference(Procedure or AdverseEvent or Observation)
* section[comparison].code = $loinc#18834-2
* section[comparison].entry only Reference(ImagingStudy or Basic)
* section[findings].code = $loinc#59776-5
* section[impression].code = $loinc#19005-8
* section[recommendation].code = $loinc#18783-1
* section[recommendation].entry only Reference(CarePlan or ServiceRequest)
* section[communication].code = $loinc#73568-8
* section[report].code = $loinc#LP173421-1
