// Value sets the pack binds. LOINC and SNOMED CT are not available here, so every set enumerates its concepts.

ValueSet: HarnessImagingReportSectionCodes
Id: harness-imaging-report-section-codes
Title: "Imaging report section codes (harness)"
Description: "The LOINC codes of the sections of an EU imaging report Composition (mandatory: 18726-0, 55115-0, 11329-0, 55111-9; optional: 18834-2, 59776-5, 19005-8, 18783-1, 73568-8 and the LOINC part code LP173421-1 for a single all-content section). Defined by ConformanceHarness so the section codes are checkable without LOINC; the guide itself slices the sections by these codes."
* ^status = #draft
* ^experimental = false
* $loinc#18726-0 "Radiology studies (set)"
* $loinc#55115-0 "Requested imaging studies information Document"
* $loinc#11329-0 "History general Narrative - Reported"
* $loinc#55111-9 "Current imaging procedure descriptions Document"
* $loinc#18834-2 "Radiology Comparison study (narrative)"
* $loinc#59776-5 "Procedure findings Narrative"
* $loinc#19005-8 "Radiology Imaging study [Impression] (narrative)"
* $loinc#18783-1 "Radiology Study recommendation (narrative)"
* $loinc#73568-8 "Radiology Communication of critical unexpected result"
* $loinc#LP173421-1 "Report"

ValueSet: ImagingStudyPerformerTypeEuImaging
Id: im-imaging-study-performer-type
Title: "ImagingStudy series performer functions (EU imaging)"
Description: "The series performer functions of FHIR core plus v3-ParticipationType CST (custodian), as the guide's performer type value set defines them. Harness reconstruction."
* ^status = #draft
* ^experimental = false
* include codes from valueset http://hl7.org/fhir/ValueSet/series-performer-function
* $v3-ParticipationType#CST "custodian"

ValueSet: HarnessStudyInstanceUidIdentifierType
Id: harness-study-instance-uid-identifier-type
Title: "Study Instance UID identifier type (harness)"
Description: "The one identifier type of a DICOM Study Instance UID identifier, DCM 110180. Defined by ConformanceHarness so the identifier slice, whose type the guide fixes to this code, does not trip the core extensible identifier-type binding."
* ^status = #draft
* ^experimental = false
* $dcm#110180 "Study Instance UID"

ValueSet: ValueSetAnatomicalRegion
Id: im-anatomical-region-valueset
Title: "Anatomical regions (EU imaging)"
Description: "The SNOMED CT anatomical regions the guide lists for imaging reports and studies (to be replaced by the MADO value set). Harness reconstruction: the concepts are enumerated so membership is checkable without SNOMED CT."
* ^status = #draft
* ^experimental = false
* $sct#63337009
* $sct#38266002
* $sct#53120007
* $sct#61685007
* $sct#67734004
* $sct#774007
* $sct#113257007
* $sct#80891009
* $sct#76752008
* $sct#737561001
