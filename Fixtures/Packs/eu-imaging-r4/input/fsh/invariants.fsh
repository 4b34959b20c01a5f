// Invariants. Keys of the guide are kept where the guide defines the rule (dr-comp-author-org, eu-imaging-composition-1,
// im-imagingstudy-01); eu-img-* keys are this pack's, for the rules the guide states but does not enforce.

Invariant: dr-comp-author-org
Description: "The organizations performing the DiagnosticReport are the organizations authoring the Composition (or neither names one)."
Severity: #error
Expression: "entry.resource.ofType(DiagnosticReport).performer.resolve().ofType(Organization) = entry.resource.ofType(Composition).author.resolve().ofType(Organization) or (entry.resource.ofType(DiagnosticReport).performer.resolve().ofType(Organization).empty() and entry.resource.ofType(Composition).author.resolve().ofType(Organization).empty())"

Invariant: eu-img-agr-1
Description: "Composition.type and DiagnosticReport.code share a coding (same system and code)."
Severity: #error
Expression: "(entry.resource.ofType(Composition).type.exists() and entry.resource.ofType(DiagnosticReport).code.exists()) implies entry.resource.ofType(Composition).type.coding.select(system + '|' + code).intersect(entry.resource.ofType(DiagnosticReport).code.coding.select(system + '|' + code)).exists()"

Invariant: eu-img-agr-2
Description: "Every category coding of the DiagnosticReport is also a category coding of the Composition."
Severity: #error
Expression: "entry.resource.ofType(Composition).exists() implies entry.resource.ofType(DiagnosticReport).category.coding.select(system + '|' + code).subsetOf(entry.resource.ofType(Composition).category.coding.select(system + '|' + code))"

Invariant: eu-img-agr-3
Description: "The DiagnosticReport and the Composition have the same subject reference."
Severity: #error
Expression: "(entry.resource.ofType(Composition).subject.exists() and entry.resource.ofType(DiagnosticReport).subject.exists()) implies (entry.resource.ofType(Composition).subject.reference = entry.resource.ofType(DiagnosticReport).subject.reference)"

Invariant: eu-img-agr-4
Description: "The DiagnosticReport status agrees with the Composition status (final/final; amended with amended, corrected or appended; preliminary with registered, partial or preliminary; entered-in-error with entered-in-error or cancelled)."
Severity: #warning
Expression: "(entry.resource.ofType(Composition).exists() and entry.resource.ofType(DiagnosticReport).exists()) implies ((entry.resource.ofType(Composition).status = 'final' and entry.resource.ofType(DiagnosticReport).status = 'final') or (entry.resource.ofType(Composition).status = 'amended' and (entry.resource.ofType(DiagnosticReport).status in ('amended' | 'corrected' | 'appended'))) or (entry.resource.ofType(Composition).status = 'preliminary' and (entry.resource.ofType(DiagnosticReport).status in ('registered' | 'partial' | 'preliminary'))) or (entry.resource.ofType(Composition).status = 'entered-in-error' and (entry.resource.ofType(DiagnosticReport).status in ('entered-in-error' | 'cancelled'))))"

Invariant: eu-img-agr-5
Description: "The Composition identifier is one of the DiagnosticReport identifiers (same system and value)."
Severity: #error
Expression: "(entry.resource.ofType(Composition).identifier.exists() and entry.resource.ofType(DiagnosticReport).exists()) implies entry.resource.ofType(Composition).identifier.select(system + '|' + value).subsetOf(entry.resource.ofType(DiagnosticReport).identifier.select(system + '|' + value))"

Invariant: eu-img-agr-6
Description: "Every ImagingStudy the DiagnosticReport references is an entry of the Composition's imaging study section (LOINC 18726-0)."
Severity: #error
Expression: "entry.resource.ofType(DiagnosticReport).imagingStudy.reference.subsetOf(entry.resource.ofType(Composition).section.where(code.coding.where(system = 'http://loinc.org' and code = '18726-0').exists()).entry.reference)"

Invariant: eu-img-agr-7
Description: "Every order the DiagnosticReport is based on (by literal reference) is an entry of the Composition's order section (LOINC 55115-0)."
Severity: #error
Expression: "entry.resource.ofType(DiagnosticReport).basedOn.reference.subsetOf(entry.resource.ofType(Composition).section.where(code.coding.where(system = 'http://loinc.org' and code = '55115-0').exists()).entry.reference)"

Invariant: eu-img-agr-8
Description: "Every result of the DiagnosticReport is an entry of some section of the Composition."
Severity: #error
Expression: "entry.resource.ofType(DiagnosticReport).result.reference.subsetOf(entry.resource.ofType(Composition).repeat(section).entry.reference)"

Invariant: eu-img-agr-9
Description: "Every resource an IDR-derived extension of the DiagnosticReport references (comparison, history, procedure, finding, impression, recommendation, communication) is an entry of some section of the Composition."
Severity: #error
Expression: "entry.resource.ofType(DiagnosticReport).extension.where(url.startsWith('http://hl7.eu/fhir/imaging/StructureDefinition/HL7IDR')).value.ofType(Reference).reference.subsetOf(entry.resource.ofType(Composition).repeat(section).entry.reference)"

Invariant: eu-imaging-composition-1
Description: "A section without entries and without sub-sections gives an emptyReason or carries its content in a note extension."
Severity: #error
Expression: "entry.exists() or emptyReason.exists() or section.exists() or extension('http://hl7.org/fhir/StructureDefinition/note').value.text.exists()"

Invariant: eu-img-dr-1
Description: "A basedOn given by identifier carries an accession number: type v2-0203#ACSN, a system and a value."
Severity: #error
Expression: "basedOn.identifier.all(type.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v2-0203' and code = 'ACSN').exists() and system.exists() and value.exists())"

Invariant: eu-img-is-1
Description: "A basedOn of the ImagingStudy given by identifier carries an accession number: type v2-0203#ACSN, a system and a value."
Severity: #error
Expression: "basedOn.identifier.all(type.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v2-0203' and code = 'ACSN').exists() and system.exists() and value.exists())"

Invariant: im-imagingstudy-01
Description: "The Study Instance UID identifier value has the urn:oid: prefix."
Severity: #warning
Expression: "identifier.where(system = 'urn:dicom:uid').all(value.startsWith('urn:oid:'))"
