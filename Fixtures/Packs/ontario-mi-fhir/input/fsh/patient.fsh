// Submission Patient (ontario-fhir-ig.md §3.2 BR-C7, §3.4 BR-91, §9, §10).

Invariant: on-mi-pat-1
Description: "An identifier whose system is a jurisdictional health-number system (Ontario HCN or another province's healthcare id) is typed JHN, and an identifier typed MR does not use such a system (BR-C7)."
Severity: #error
Expression: "identifier.all((system = 'https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn' or (system.startsWith('https://fhir.infoway-inforoute.ca/NamingSystem/ca-') and system.endsWith('-patient-healthcare-id'))) implies type.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v2-0203' and code = 'JHN').exists()) and identifier.where(type.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v2-0203' and code = 'MR').exists()).all((system = 'https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn' or (system.startsWith('https://fhir.infoway-inforoute.ca/NamingSystem/ca-') and system.endsWith('-patient-healthcare-id'))).not())"

Invariant: on-mi-pat-2
Description: "A jurisdictional health number (typed JHN) uses one of the Infoway NamingSystem URIs the guide lists (§10), never another system."
Severity: #error
Expression: "identifier.where(type.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v2-0203' and code = 'JHN').exists()).all(system = 'https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn' or (system.startsWith('https://fhir.infoway-inforoute.ca/NamingSystem/ca-') and system.endsWith('-patient-healthcare-id')))"

Invariant: on-mi-pat-3
Description: "A medical record number (typed MR) has a system, a value and an assigner: the organization that issued it (BR-91)."
Severity: #error
Expression: "identifier.where(type.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v2-0203' and code = 'MR').exists()).all(system.exists() and value.exists() and assigner.exists())"

Profile: CaOnMiPatient
Parent: Patient
Id: ca-on-mi-profile-patient
Title: "MI Patient (submission)"
Description: "The patient of a medical imaging contribution: Ontario health card number when available, MRN with its issuer, identifier types consistent with their systems. Reconstruction (ontario-fhir-ig.md §3, §10)."
* ^status = #draft
* obeys on-mi-pat-1 and on-mi-pat-2 and on-mi-pat-3
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "The Ontario health card number by its system; other identifiers (MRN, ECID, other provinces) are open."
* identifier contains hcn 0..1 MS
* identifier[hcn].system 1..1 MS
* identifier[hcn].system = $hcn (exactly)
* identifier[hcn].value 1..1 MS
* identifier[hcn].type MS
* name MS
* gender MS
* birthDate MS
* address MS
* telecom MS
