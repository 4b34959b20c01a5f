// Terminology the guide names or implies (ontario-fhir-ig.md §9). Codes of the external systems are enumerated here,
// so the validator can decide membership offline.

ValueSet: AcquisitionModality
Id: acquisition-modality
Title: "Acquisition Modality (DICOM CID 29 subset)"
Description: "Imaging acquisition modalities of DICOM CID 29, the value set the guide binds ServiceRequest.category, ImagingStudy.modality and DocumentReference.context.event to. This project's enumeration of the common codes (ontario-fhir-ig.md §9); verify against the current CID 29."
* ^status = #draft
* ^experimental = false
* $DCM#CR "Computed Radiography"
* $DCM#CT "Computed Tomography"
* $DCM#DX "Digital Radiography"
* $DCM#ES "Endoscopy"
* $DCM#GM "General Microscopy"
* $DCM#IO "Intra-oral Radiography"
* $DCM#MG "Mammography"
* $DCM#MR "Magnetic Resonance"
* $DCM#NM "Nuclear Medicine"
* $DCM#OP "Ophthalmic Photography"
* $DCM#PT "Positron emission tomography (PET)"
* $DCM#RF "Radio Fluoroscopy"
* $DCM#RG "Radiographic imaging (conventional film/screen)"
* $DCM#SM "Slide Microscopy"
* $DCM#US "Ultrasound"
* $DCM#XA "X-Ray Angiography"
* $DCM#XC "External-camera Photography"
* $DCM#OCT "Optical Coherence Tomography (non-Ophthalmic)"
* $DCM#IVUS "Intravascular Ultrasound"
* $DCM#BDUS "Bone Densitometry (ultrasound)"
* $DCM#DG "Diaphanography"
* $DCM#EPS "Cardiac Electrophysiology"
* $DCM#HD "Hemodynamic Waveform"
* $DCM#IVOCT "Intravascular Optical Coherence Tomography"
* $DCM#OAM "Ophthalmic Axial Measurements"
* $DCM#OPM "Ophthalmic Mapping"
* $DCM#OPT "Ophthalmic Tomography"
* $DCM#OPTBSV "Ophthalmic Tomography B-scan Volume Analysis"
* $DCM#OPTENF "Ophthalmic Tomography En Face"
* $DCM#OSS "Optical Surface Scan"
* $DCM#PA "Photoacoustic"
* $DCM#PX "Panoramic X-Ray"
* $DCM#TG "Thermography"
* $DCM#BI "Biomagnetic imaging"
* $DCM#DOC "Document"

ValueSet: MiIdentifierType
Id: mi-identifier-type
Title: "MI Identifier Type"
Description: "Identifier types of the business identifiers the guide uses: accession number, medical record number, jurisdictional health number, placer and filler numbers (HL7 v2 table 0203). Which of them the official guide fixes was not captured (ontario-fhir-ig.md §9)."
* ^status = #draft
* ^experimental = false
* $v2-0203#ACSN "Accession ID"
* $v2-0203#MR "Medical record number"
* $v2-0203#JHN "Jurisdictional health number (Canada)"
* $v2-0203#PLAC "Placer Identifier"
* $v2-0203#FILL "Filler Identifier"

ValueSet: MiReportCategory
Id: mi-report-category
Title: "MI Report Category"
Description: "Diagnostic service sections (HL7 v2 table 0074) of medical imaging. The guide fixes DiagnosticReport.category's system and code but its values were cut off (ontario-fhir-ig.md §7.2, §7.4); this imaging subset is this project's inference."
* ^status = #draft
* ^experimental = false
* $v2-0074#RAD "Radiology"
* $v2-0074#CT "CAT Scan"
* $v2-0074#NMR "Nuclear Magnetic Resonance"
* $v2-0074#NMS "Nuclear Medicine Scan"
* $v2-0074#RUS "Radiology Ultrasound"
* $v2-0074#VUS "Vascular Ultrasound"
* $v2-0074#OUS "OB Ultrasound"
* $v2-0074#CUS "Cardiac Ultrasound"
* $v2-0074#RX "Radiograph"

CodeSystem: MiDocumentCategory
Id: mi-document-category
Title: "MI Document Category"
Description: "What a miCDR DocumentReference indexes: an order, a report or an imaging study (ontario-fhir-ig.md §1.4). Local to this reconstruction, under Ontario Health's local code-system base (§10, OH-sister convention)."
* ^url = "http://ontariohealth.ca/fhir/CodeSystem/mi-document-category"
* ^status = #draft
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #order "MI Order" "A medical imaging order (ServiceRequest)."
* #report "MI Report" "A medical imaging report (DiagnosticReport)."
* #study "Imaging Manifest" "An imaging study manifest (ImagingStudy)."

ValueSet: MiDocumentCategoryVS
Id: mi-document-category
Title: "MI Document Category"
Description: "The categories of the miCDR DocumentReference index."
* ^status = #draft
* ^experimental = false
* include codes from system MiDocumentCategory
