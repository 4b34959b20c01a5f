// Search parameters the guide's queries use beyond base R4 (ontario-fhir-ig.md §6.2): the guide's spelling of the
// chain to the order, and the composite of the linked order's code and category.

Instance: ServiceRequest-code-category
InstanceOf: SearchParameter
Usage: #definition
Title: "ServiceRequest code and category"
* url = "http://ontariohealth.ca/fhir/mi/SearchParameter/ServiceRequest-code-category"
* name = "ServiceRequestCodeCategory"
* status = #draft
* description = "Code and category of the same order, so ImagingStudy?basedOn:ServiceRequest.code-category=code$category matches a study whose linked order has both (v1 Search ImagingStudy)."
* code = #code-category
* base = #ServiceRequest
* type = #composite
* expression = "ServiceRequest"
* xpathUsage = #normal
* component[0].definition = "http://hl7.org/fhir/SearchParameter/clinical-code"
* component[0].expression = "code"
* component[1].definition = "http://hl7.org/fhir/SearchParameter/ServiceRequest-category"
* component[1].expression = "category"

Instance: ImagingStudy-basedOn
InstanceOf: SearchParameter
Usage: #definition
Title: "ImagingStudy basedOn"
* url = "http://ontariohealth.ca/fhir/mi/SearchParameter/ImagingStudy-basedOn"
* name = "ImagingStudyBasedOn"
* status = #draft
* description = "The order the study fulfils, under the guide's spelling basedOn (base R4: basedon), chained to the order's code, category and code-category."
* code = #basedOn
* base = #ImagingStudy
* type = #reference
* expression = "ImagingStudy.basedOn"
* xpathUsage = #normal
* target = #ServiceRequest
* chain[0] = "code"
* chain[1] = "category"
* chain[2] = "code-category"

Instance: DiagnosticReport-basedOn
InstanceOf: SearchParameter
Usage: #definition
Title: "DiagnosticReport basedOn"
* url = "http://ontariohealth.ca/fhir/mi/SearchParameter/DiagnosticReport-basedOn"
* name = "DiagnosticReportBasedOn"
* status = #draft
* description = "The order the report answers, under the guide's spelling basedOn (base R4: based-on), chained to the order's code and category (v1 Search MI Report)."
* code = #basedOn
* base = #DiagnosticReport
* type = #reference
* expression = "DiagnosticReport.basedOn"
* xpathUsage = #normal
* target = #ServiceRequest
* chain[0] = "code"
* chain[1] = "category"
