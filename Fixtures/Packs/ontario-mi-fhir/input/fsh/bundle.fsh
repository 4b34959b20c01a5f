// Submission transaction Bundle (ontario-fhir-ig.md §3.1 BR-V1..V8, §3.2 BR-C5/BR-C8, §6.1).

Invariant: on-mi-bdl-1
Description: "Every entry is a conditional update on a business identifier: request.method PUT and request.url of the form Type?identifier=system|value (BR-V3)."
Severity: #warning
Expression: "entry.all(request.method = 'PUT' and request.url.matches('^[A-Z][A-Za-z]+[?]identifier=[^|&=]+[|][^|&=]+$'))"

Invariant: on-mi-bdl-2
Description: "A resource appears only once in the transaction: no two entries share a conditional request url (BR-V6, the part visible in the Bundle)."
Severity: #error
Expression: "entry.request.url.isDistinct()"

Invariant: on-mi-bdl-3
Description: "Submitted resources carry no logical id; the server assigns it (BR-V7)."
Severity: #error
Expression: "entry.resource.all(id.empty())"

Invariant: on-mi-bdl-4
Description: "The transaction carries a main resource: a ServiceRequest, a DiagnosticReport or an ImagingStudy (BR-V8, UC-C4)."
Severity: #error
Expression: "entry.resource.where($this is ServiceRequest or $this is DiagnosticReport or $this is ImagingStudy).exists()"

Invariant: on-mi-bdl-5
Description: "The transaction includes the associated Patient, Practitioner and Organization (BR-C5)."
Severity: #error
Expression: "entry.resource.where($this is Patient).exists() and entry.resource.where($this is Practitioner).exists() and entry.resource.where($this is Organization).exists()"

Invariant: on-mi-bdl-6
Description: "When the transaction carries the order, its reports and imaging studies reference it (BR-C8)."
Severity: #error
Expression: "entry.resource.where($this is ServiceRequest).exists() implies entry.resource.where(($this is DiagnosticReport or $this is ImagingStudy) and basedOn.empty()).empty()"

Invariant: on-mi-bdl-7
Description: "Entries are identified by urn:uuid fullUrls, which references between entries use; the server ignores claimed ids (§6.1)."
Severity: #warning
Expression: "entry.all(fullUrl.startsWith('urn:uuid:'))"

Profile: CaOnMiBundle
Parent: Bundle
Id: ca-on-mi-profile-bundle
Title: "MI transaction Bundle (submission)"
Description: "A contribution to miCDR: a transaction of conditional updates on business identifiers, without logical ids, carrying the main resource with its Patient, Practitioner and Organization. Reconstruction (v1 Submit MI Bundle / Submit MI Report)."
* ^status = #draft
* obeys on-mi-bdl-1 and on-mi-bdl-2 and on-mi-bdl-3 and on-mi-bdl-4 and on-mi-bdl-5 and on-mi-bdl-6 and on-mi-bdl-7
* type = #transaction (exactly)
* type MS
* entry 1..* MS
* entry.fullUrl 1..1 MS
* entry.resource 1..1 MS
* entry.request MS
* entry.request.method MS
* entry.request.url MS
