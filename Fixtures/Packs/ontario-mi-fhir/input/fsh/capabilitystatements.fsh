// Capability statements as ontario-fhir-ig.md §11 derives them (the v1 page was not retrievable): miCDR the server,
// the Data Contributor System and the EHR Viewing Channel the clients.

Instance: CaOnMiCdrServer
InstanceOf: CapabilityStatement
Usage: #definition
Title: "miCDR (server)"
* url = "http://ontariohealth.ca/fhir/mi/CapabilityStatement/micdr-server"
* name = "MiCdrServer"
* status = #draft
* date = "2026-11-30"
* publisher = "ConformanceHarness"
* description = "What miCDR offers as this project derives it (ontario-fhir-ig.md §11): transactions of conditional updates (sync), the async POST [base]/Bundle path, read and search of orders, reports and studies, search of the DocumentReference index. Reconstruction; the v1 page was not retrievable."
* kind = #requirements
* fhirVersion = #4.0.1
* format[0] = #json
* format[1] = #xml
* rest[0].mode = #server
* rest[0].documentation = "Submit MI Report: sync transaction, validated in-line. Submit MI Bundle: POST [base]/Bundle, 202 Accepted, queued, all-or-nothing per bundle; a conditional update matching more than one resource rejects the whole bundle (BR-V4)."
* rest[0].security.cors = false
* rest[0].security.description = "OAuth2 bearer token identifying the HIC organization and, for user-initiated access, the user (v0.9)."
* rest[0].interaction[0].code = #transaction
* rest[0].resource[+].type = #ServiceRequest
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-serviceRequest"
* rest[0].resource[=].interaction[+].code = #read
* rest[0].resource[=].interaction[+].code = #search-type
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[=].searchParam[+].name = "patient.identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-patient"
* rest[0].resource[=].searchParam[=].type = #reference
* rest[0].resource[=].searchParam[=].documentation = "Mandatory: system|value of an HCN, MRN (preferred) or ECID (BR-V9, BR-Q1)."
* rest[0].resource[=].searchParam[+].name = "patient.gender"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-gender"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "patient.birthDate"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-birthdate"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[=].searchParam[+].name = "occurrence"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/ServiceRequest-occurrence"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[=].searchParam[+].name = "status"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/ServiceRequest-status"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "code"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-code"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-identifier"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[+].type = #DiagnosticReport
* rest[0].resource[=].profile = "http://ontariohealth.ca/fhir/ehr/StructureDefinition/profile-diagnosticReport-imaging"
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-diagnosticReport"
* rest[0].resource[=].interaction[+].code = #read
* rest[0].resource[=].interaction[+].code = #search-type
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[=].searchParam[+].name = "patient.identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-patient"
* rest[0].resource[=].searchParam[=].type = #reference
* rest[0].resource[=].searchParam[=].documentation = "Mandatory: system|value of an HCN, MRN (preferred) or ECID (BR-V9, BR-Q1)."
* rest[0].resource[=].searchParam[+].name = "patient.gender"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-gender"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "patient.birthDate"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-birthdate"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[=].searchParam[+].name = "issued"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/DiagnosticReport-issued"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[=].searchParam[+].name = "status"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/DiagnosticReport-status"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "code"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-code"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "basedOn"
* rest[0].resource[=].searchParam[=].definition = "http://ontariohealth.ca/fhir/mi/SearchParameter/DiagnosticReport-basedOn"
* rest[0].resource[=].searchParam[=].type = #reference
* rest[0].resource[=].searchParam[+].name = "identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-identifier"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[+].type = #ImagingStudy
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-imagingStudy"
* rest[0].resource[=].interaction[+].code = #read
* rest[0].resource[=].interaction[+].code = #search-type
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[=].searchInclude = "ImagingStudy:endpoint"
* rest[0].resource[=].searchParam[+].name = "patient.identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-patient"
* rest[0].resource[=].searchParam[=].type = #reference
* rest[0].resource[=].searchParam[=].documentation = "Mandatory: system|value of an HCN, MRN (preferred) or ECID (BR-V9, BR-Q1)."
* rest[0].resource[=].searchParam[+].name = "patient.gender"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-gender"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "patient.birthDate"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-birthdate"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[=].searchParam[+].name = "started"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/ImagingStudy-started"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[=].searchParam[+].name = "basedOn"
* rest[0].resource[=].searchParam[=].definition = "http://ontariohealth.ca/fhir/mi/SearchParameter/ImagingStudy-basedOn"
* rest[0].resource[=].searchParam[=].type = #reference
* rest[0].resource[=].searchParam[+].name = "identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-identifier"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[+].type = #DocumentReference
* rest[0].resource[=].profile = "http://ontariohealth.ca/fhir/ehr/StructureDefinition/profile-documentReference"
* rest[0].resource[=].interaction[+].code = #search-type
* rest[0].resource[=].searchParam[+].name = "patient.identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-patient"
* rest[0].resource[=].searchParam[=].type = #reference
* rest[0].resource[=].searchParam[=].documentation = "Mandatory: system|value of an HCN, MRN (preferred) or ECID (BR-V9, BR-Q1)."
* rest[0].resource[=].searchParam[+].name = "patient.gender"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-gender"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "patient.birthDate"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/individual-birthdate"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[=].searchParam[+].name = "identifier"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/clinical-identifier"
* rest[0].resource[=].searchParam[=].type = #token
* rest[0].resource[=].searchParam[+].name = "date"
* rest[0].resource[=].searchParam[=].definition = "http://hl7.org/fhir/SearchParameter/DocumentReference-date"
* rest[0].resource[=].searchParam[=].type = #date
* rest[0].resource[+].type = #Patient
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-patient"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #Practitioner
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-practitioner"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #PractitionerRole
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-practitionerRole"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #Organization
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-organization"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #Endpoint
* rest[0].resource[=].profile = "http://ontariohealth.ca/fhir/ehr/StructureDefinition/profile-endpoint"
* rest[0].resource[=].interaction[+].code = #read

Instance: CaOnMiContributor
InstanceOf: CapabilityStatement
Usage: #definition
Title: "Data Contributor System (client)"
* url = "http://ontariohealth.ca/fhir/mi/CapabilityStatement/micdr-contributor"
* name = "MiCdrContributor"
* status = #draft
* date = "2026-11-30"
* publisher = "ConformanceHarness"
* description = "What a hospital or ICHSC system sends to miCDR (ontario-fhir-ig.md §6.1, §11): transaction Bundles of conditional updates on business identifiers, with the profiles of this pack. Reconstruction."
* kind = #requirements
* fhirVersion = #4.0.1
* format[0] = #json
* format[1] = #xml
* rest[0].mode = #client
* rest[0].interaction[0].code = #transaction
* rest[0].resource[+].type = #ServiceRequest
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-serviceRequest"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #DiagnosticReport
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-diagnosticReport"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #ImagingStudy
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-imagingStudy"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #Patient
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-patient"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #Practitioner
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-practitioner"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #PractitionerRole
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-practitionerRole"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true
* rest[0].resource[+].type = #Organization
* rest[0].resource[=].supportedProfile = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-organization"
* rest[0].resource[=].interaction[+].code = #update
* rest[0].resource[=].conditionalUpdate = true

Instance: CaOnMiConsumer
InstanceOf: CapabilityStatement
Usage: #definition
Title: "EHR Viewing Channel (client)"
* url = "http://ontariohealth.ca/fhir/mi/CapabilityStatement/micdr-consumer"
* name = "MiCdrConsumer"
* status = #draft
* date = "2026-11-30"
* publisher = "ConformanceHarness"
* description = "What a viewer asks of miCDR (ontario-fhir-ig.md §6.2, §11): searches always carrying patient.identifier with system and value, never a blank parameter, and reads by id of the resources the DocumentReference index points at. Reconstruction."
* kind = #requirements
* fhirVersion = #4.0.1
* format[0] = #json
* format[1] = #xml
* rest[0].mode = #client
* rest[0].resource[+].type = #DocumentReference
* rest[0].resource[=].interaction[+].code = #search-type
* rest[0].resource[+].type = #ServiceRequest
* rest[0].resource[=].interaction[+].code = #read
* rest[0].resource[=].interaction[+].code = #search-type
* rest[0].resource[+].type = #DiagnosticReport
* rest[0].resource[=].interaction[+].code = #read
* rest[0].resource[=].interaction[+].code = #search-type
* rest[0].resource[+].type = #ImagingStudy
* rest[0].resource[=].interaction[+].code = #read
* rest[0].resource[=].interaction[+].code = #search-type
