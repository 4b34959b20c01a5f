namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>The forms a literal <c>Reference.reference</c> takes in R4 (§2.3.0 Resource references, §3.1.0 RESTful URLs).</summary>
public enum ReferenceKind
{
    /// <summary><c>Patient/123</c>, optionally <c>/_history/2</c>: relative to the service base (or to an entry's fullUrl base).</summary>
    Relative,

    /// <summary>An http(s) URL; <c>http://x/fhir/Patient/123</c> names its type, other URLs do not.</summary>
    Absolute,

    /// <summary><c>Patient?identifier=…</c>: a conditional reference, resolved by a server processing a transaction.</summary>
    Conditional,

    /// <summary><c>urn:uuid:…</c>: a logical id that must resolve inside the enclosing Bundle.</summary>
    Uuid,

    /// <summary><c>urn:oid:…</c>: as <see cref="Uuid"/>.</summary>
    Oid,

    /// <summary><c>#id</c> (a contained resource) or <c>#</c> alone (the container).</summary>
    Contained,
}
