// Submission ImagingStudy, the Imaging Manifest (ontario-fhir-ig.md §1.4, §2 UC-C4, §9, §10).

Invariant: on-mi-is-1
Description: "The study carries exactly one Study Instance UID identifier, system urn:dicom:uid (§10, FHIR-base)."
Severity: #error
Expression: "identifier.where(system = 'urn:dicom:uid').count() = 1"

Invariant: on-mi-is-2
Description: "The Study Instance UID identifier's value is the UID as an OID URN: urn:oid: followed by a DICOM UID (§10, FHIR-base)."
Severity: #error
Expression: "identifier.where(system = 'urn:dicom:uid').all(value.matches('^urn:oid:[0-2]([.](0|[1-9][0-9]*))+$'))"

Profile: CaOnMiImagingStudy
Parent: ImagingStudy
Id: ca-on-mi-profile-imagingStudy
Title: "MI ImagingStudy (submission)"
Description: "An imaging manifest: Study Instance UID, accession number, the order it fulfils, modalities from DICOM CID 29, series and instances, and where the images are. Reconstruction."
* ^status = #draft
* obeys on-mi-is-1 and on-mi-is-2
* identifier 1..* MS
* identifier.system 1..1 MS
* identifier.value 1..1 MS
* identifier ^slicing.discriminator.type = #pattern
* identifier ^slicing.discriminator.path = "type"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "The accession number by its identifier type; the Study Instance UID (no type) is checked by on-mi-is-1."
* identifier contains accession 1..1 MS
* identifier[accession].type 1..1 MS
* identifier[accession].type = $v2-0203#ACSN
* status MS
* subject MS
* subject only Reference(CaOnMiPatient)
* basedOn MS
* basedOn only Reference(CaOnMiServiceRequest)
* started MS
* modality 1..* MS
* modality from AcquisitionModality (extensible)
* endpoint MS
* endpoint only Reference(ProfileEndpoint)
* series 1..* MS
* series.uid MS
* series.modality MS
* series.modality from AcquisitionModality (extensible)
* series.instance MS
* series.instance.uid MS
* series.instance.sopClass MS
