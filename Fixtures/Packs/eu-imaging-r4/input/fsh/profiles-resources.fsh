// DiagnosticReport, ImagingStudy, ServiceRequest order and Procedure (ConformanceHarness reconstruction, R4 edition).

Profile: DiagnosticReportEuImaging
Parent: DiagnosticReport
Id: DiagnosticReportEuImaging
Title: "Imaging DiagnosticReport (EU, R4; harness reconstruction)"
Description: "The structured entry point of an imaging report. In R4 it points at its Composition through the R5 cross-version extension DiagnosticReport.composition (exactly one), carries notes through the DiagnosticReport.note extension and the IDR-derived extensions, has an identifier shared with the Composition, a Patient subject, the imaging-report and Medical-Imaging categories, and accession-number based orders."
* ^status = #draft
* obeys eu-img-dr-1
* extension contains
    ExtensionDiagnosticReportComposition named composition 1..1 and
    ExtensionDiagnosticReportNote named note 0..* and
    HL7IDRComparisonStudy named comparison 0..* and
    HL7IDRPatientHistory named patientHistory 0..* and
    HL7IDRImagingProcedure named procedure 0..* and
    HL7IDRFinding named finding 0..* and
    HL7IDRImpression named impression 0..* and
    HL7IDRRecommendation named recommendation 0..* and
    HL7IDRCommunication named communication 0..* and
    AnatomicalRegionExtension named anatomical-region 0..*
* identifier 1..*
* subject 1..1
* subject only Reference(Patient)
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
* imagingStudy only Reference(ImagingStudy)
* resultsInterpreter only Reference(Practitioner or PractitionerRole)

Profile: ImagingStudyEuImaging
Parent: ImagingStudy
Id: ImagingStudyEuImaging
Title: "ImagingStudy (EU imaging report, R4; harness reconstruction)"
Description: "One DICOM study as an imaging report references it: the Study Instance UID identifier (system urn:dicom:uid, type DCM#110180, value with the urn:oid: prefix), a Patient or Device subject, an accession-number based order, and series performers sliced by function (PRF, DEV, CST, LOC) with the actor types each allows."
* ^status = #draft
* obeys im-imagingstudy-01 and eu-img-is-1
* extension contains AnatomicalRegionExtension named anatomical-region 0..*
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.ordered = false
* identifier contains studyInstanceUid 1..1
* identifier[studyInstanceUid].system 1..1
* identifier[studyInstanceUid].system = "urn:dicom:uid" (exactly)
* identifier[studyInstanceUid].value 1..1
* identifier[studyInstanceUid].type 1..1
* identifier[studyInstanceUid].type = $dcm#110180
* identifier[studyInstanceUid].type from HarnessStudyInstanceUidIdentifierType (extensible)
* subject only Reference(Patient or Device)
* series.performer.function from ImagingStudyPerformerTypeEuImaging (extensible)
* series.performer ^slicing.discriminator.type = #pattern
* series.performer ^slicing.discriminator.path = "function"
* series.performer ^slicing.rules = #open
* series.performer ^slicing.ordered = false
* series.performer contains
    performer 0..1 and
    device 0..1 and
    custodian 0..1 and
    organization 0..1
* series.performer[performer].function 1..1
* series.performer[performer].function = $v3-ParticipationType#PRF
* series.performer[performer].actor only Reference(Practitioner or PractitionerRole or Device or Organization)
* series.performer[device].function 1..1
* series.performer[device].function = $v3-ParticipationType#DEV
* series.performer[device].actor only Reference(Device)
* series.performer[custodian].function 1..1
* series.performer[custodian].function = $v3-ParticipationType#CST
* series.performer[custodian].actor only Reference(Organization)
* series.performer[organization].function 1..1
* series.performer[organization].function = $v3-ParticipationType#LOC
* series.performer[organization].actor only Reference(Organization)

Profile: ServiceRequestOrderEuImaging
Parent: ServiceRequest
Id: ServiceRequestOrderEuImaging
Title: "Imaging order (EU, R4; harness reconstruction)"
Description: "The imaging order (DICOM requested procedure) an imaging report is based on: category SNOMED CT 363679005 (Imaging), the accession number as an identifier with type v2-0203#ACSN, a system and a value, and the clinical question through the R5 cross-version extension ServiceRequest.reason."
* ^status = #draft
* extension contains ExtensionServiceRequestReason named reason 0..*
* identifier ^slicing.discriminator.type = #pattern
* identifier ^slicing.discriminator.path = "type"
* identifier ^slicing.rules = #open
* identifier ^slicing.ordered = false
* identifier contains accessionNumber 0..1
* identifier[accessionNumber].type 1..1
* identifier[accessionNumber].type = $v2-0203#ACSN
* identifier[accessionNumber].system 1..1
* identifier[accessionNumber].value 1..1
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category ^slicing.ordered = false
* category contains imaging 1..1
* category[imaging] = $sct#363679005

Profile: ProcedureEuImaging
Parent: Procedure
Id: ProcedureEuImaging
Title: "Imaging procedure (EU, R4; harness reconstruction)"
Description: "The performed imaging procedure (DICOM performed procedure step). The code is mandatory; the guide's extensible binding to SNOMED CT descendants of 363679005 needs SNOMED CT and is not reproduced."
* ^status = #draft
* code 1..1
