// The one EU Base profile the imaging document requires (hl7.fhir.eu.base, R4 canonical http://hl7.eu/fhir/base),
// reconstructed under its official URL for the constraints the harness checks. Not the official EU Base package.

Invariant: eu-pat-1
Description: "A name gives a family name, a given name or a text, or says why it is absent (data-absent-reason)."
Severity: #error
Expression: "family.exists() or given.exists() or text.exists() or extension('http://hl7.org/fhir/StructureDefinition/data-absent-reason').exists()"

Profile: PatientEuCore
Parent: Patient
Id: patient-eu-core
Title: "Patient (EU core; harness reconstruction)"
Description: "The patient of an EU imaging report: at least one name, each meaningful (eu-pat-1), and a birth date. Reconstructed by ConformanceHarness from the EU Base guide for the constraints the harness checks."
* ^url = "http://hl7.eu/fhir/base/StructureDefinition/patient-eu-core"
* ^status = #draft
* name 1..*
* name obeys eu-pat-1
* birthDate 1..1
