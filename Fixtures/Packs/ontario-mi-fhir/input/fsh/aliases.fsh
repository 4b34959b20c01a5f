// Code systems and naming systems the pack refers to (ontario-fhir-ig.md §9, §10).
Alias: $v2-0203 = http://terminology.hl7.org/CodeSystem/v2-0203
Alias: $v2-0074 = http://terminology.hl7.org/CodeSystem/v2-0074
Alias: $DCM = http://dicom.nema.org/resources/ontology/DCM
Alias: $hcn = https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn
Alias: $ehr = http://ontariohealth.ca/fhir/ehr/StructureDefinition
