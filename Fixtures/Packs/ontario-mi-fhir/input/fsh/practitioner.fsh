// Submission Practitioner, PractitionerRole and Organization (ontario-fhir-ig.md §1.4, §3.4 BR-92, §7.6).

Profile: CaOnMiPractitioner
Parent: Practitioner
Id: ca-on-mi-profile-practitioner
Title: "MI Practitioner (submission)"
Description: "A practitioner who orders or interprets imaging, identified under the contributor's own assigning authority (BR-92). Reconstruction."
* ^status = #draft
* identifier 1..* MS
* identifier.system 1..1 MS
* identifier.value 1..1 MS
* name MS

Profile: CaOnMiPractitionerRole
Parent: PractitionerRole
Id: ca-on-mi-profile-practitionerRole
Title: "MI PractitionerRole (submission)"
Description: "A practitioner's role at the organization where the order or report is made (ontario-fhir-ig.md §1.4). Reconstruction."
* ^status = #draft
* identifier 1..* MS
* identifier.system 1..1 MS
* identifier.value 1..1 MS
* practitioner 1..1 MS
* practitioner only Reference(CaOnMiPractitioner)
* organization MS
* organization only Reference(CaOnMiOrganization)
* code MS

Profile: CaOnMiOrganization
Parent: Organization
Id: ca-on-mi-profile-organization
Title: "MI Organization (submission)"
Description: "The health information custodian legally responsible for the data (ontario-fhir-ig.md §1.4). Reconstruction."
* ^status = #draft
* identifier 1..* MS
* identifier.system 1..1 MS
* identifier.value 1..1 MS
* name 1..1 MS
