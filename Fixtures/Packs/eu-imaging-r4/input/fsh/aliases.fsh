// Code systems and extension URLs used by the pack (ConformanceHarness reconstruction).
Alias: $loinc = http://loinc.org
Alias: $sct = http://snomed.info/sct
Alias: $dcm = http://dicom.nema.org/resources/ontology/DCM
Alias: $v2-0203 = http://terminology.hl7.org/CodeSystem/v2-0203
Alias: $v3-ParticipationType = http://terminology.hl7.org/CodeSystem/v3-ParticipationType
Alias: $eehrxf-category = http://hl7.eu/fhir/health-data-api/CodeSystem/eehrxf-document-priority-category-cs
Alias: $diagnostic-service-sections = http://hl7.org/fhir/ValueSet/diagnostic-service-sections
