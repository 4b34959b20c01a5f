// Submission ServiceRequest, the MI Order (ontario-fhir-ig.md §1.4, §2 UC-C1/UC-Q6, §6.2, §9).

Profile: CaOnMiServiceRequest
Parent: ServiceRequest
Id: ca-on-mi-profile-serviceRequest
Title: "MI ServiceRequest (submission)"
Description: "An imaging order: accession number, status, intent, modality category (DICOM CID 29), procedure code, patient, requester and performer. Reconstruction."
* ^status = #draft
* identifier 1..* MS
* identifier.system 1..1 MS
* identifier.value 1..1 MS
* identifier ^slicing.discriminator.type = #pattern
* identifier ^slicing.discriminator.path = "type"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "The accession number by its identifier type; placer and filler numbers are open."
* identifier contains accession 1..1 MS
* identifier[accession].type 1..1 MS
* identifier[accession].type = $v2-0203#ACSN
* status MS
* intent MS
* category 1..* MS
* category from AcquisitionModality (extensible)
* code 1..1 MS
* subject MS
* subject only Reference(CaOnMiPatient)
* occurrence[x] MS
* authoredOn MS
* requester MS
* requester only Reference(CaOnMiPractitioner or CaOnMiPractitionerRole)
* performer MS
* performer only Reference(CaOnMiOrganization or CaOnMiPractitioner or CaOnMiPractitionerRole)
