using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>
/// Reads FHIR JSON or XML with the SDK's deserializers in strict mode: unknown elements, invalid primitive literals,
/// wrong JSON types, unknown resource types and bad XML namespaces are findings with the instance path and the line and
/// column of the source; what could be read still comes back, so the validator goes on with it. Text that is not JSON or
/// XML at all, or nests deeper than <see cref="MaxDepth"/>, gives one fatal finding and no resource.
/// </summary>
public static class ResourceParser
{
    public const int MaxDepth = 128;
    public const string RuleId = "parse";

    /// <summary>
    /// Parser checks the walker makes itself against the profiles in play (cardinality, required bindings of coded
    /// enumerations), not reported twice. A resource holding nothing but its type is valid R4; the strict parser calls
    /// it an empty object, and that is dropped at the root only.
    /// </summary>
    private static readonly HashSet<string> WalkerChecks = ["PVAL105", "PVAL116"]; // minimum cardinality, code not in the enumeration

    private static readonly HashSet<string> EmptyObjectChecks = ["JSON120", "PVAL129"];

    /// <summary>The parser's code for an element the type does not define; the walker reports the same element, without a position.</summary>
    public const string UnknownElementCode = "PVAL128";

    /// <summary>The SDK's code for a primitive literal its type does not accept.</summary>
    private const string InvalidLiteral = "PVAL124";

    /// <summary>The type in the SDK's message for <see cref="InvalidLiteral"/>: "string 'x' is not a correct literal for a uri."</summary>
    private static readonly Regex LiteralType = new(@"is not a correct literal for an? ([A-Za-z0-9]+)\.$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Types whose POCO value is not a string (int, decimal, bool, DateTimeOffset): the SDK's own checks of these agree
    /// with R4's regexes and stay, as its other codes for them (a wrong JSON type, PVAL123) do.
    /// </summary>
    private static readonly HashSet<string> NotKeptByPoco = new(["integer", "integer64", "positiveInt", "unsignedInt", "decimal", "boolean", "instant"], StringComparer.Ordinal);

    /// <summary>
    /// Strict, with the narrative checked for well-formed XML only: what R4 asks of its content (txt-1 allowed
    /// elements, txt-2 some non-whitespace content) the invariants check, with their keys, so it is reported once.
    /// </summary>
    private static readonly DeserializerSettings Strict =
        new DeserializerSettings().UsingMode(DeserializationMode.Strict, Hl7.Fhir.Validation.NarrativeValidationKind.Xml);
    private static readonly FhirJsonDeserializer Json = new(Strict);
    private static readonly FhirXmlDeserializer Xml = new(Strict);

    public static ParsedResource Parse(string text, ResourceFormat format)
    {
        try
        {
            Resource? resource;
            IEnumerable<CodedException> issues;
            if (format == ResourceFormat.Json)
            {
                var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = MaxDepth });
                Json.TryDeserializeResource(ref reader, out resource, out issues);
            }
            else
            {
                using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                Xml.TryDeserializeResource(reader, out resource, out issues);
            }
            var root = resource is not null && ModelInfo.IsKnownResource(resource.TypeName) ? resource.TypeName : "(document)";
            return new(resource, [.. issues.Where(i => !WalkerChecks.Contains(i.ErrorCode) && !IsEmptyRoot(i) && !IsLeftToFormatRule(i)).Select(i => ToFinding(i, root))]);
        }
        catch (Exception error) when (error is JsonException or XmlException or DeserializationFailedException or FormatException or InvalidOperationException)
        {
            return new(null, [new Finding(FindingSeverity.Fatal, "structure", "(document)", $"not a FHIR {format} resource: {FirstLine(error.Message)}", RuleId)]);
        }
    }

    /// <summary>JSON when the first non-blank character is '{', XML when it is '&lt;', else null.</summary>
    public static ResourceFormat? Sniff(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF') continue;
            return c == '{' ? ResourceFormat.Json : c == '<' ? ResourceFormat.Xml : null;
        }
        return null;
    }

    /// <summary>
    /// An invalid primitive literal is left to <see cref="Values.PrimitiveFormatRule"/>, which checks it against R4's
    /// own regex, when the POCO's value is a string (all but the integer, decimal, boolean and instant types), so it
    /// keeps the literal. So a literal is reported once, and by R4's rule: the SDK checks a <c>urn:uuid:</c> or
    /// <c>urn:oid:</c> uri (url, canonical) as a uuid or oid, and <c>urn:uuid:68D043B5-…</c> (upper-case hex, in the
    /// official TerminologyCapabilities example) would be "not a correct literal for a uri", though R4's uri regex is
    /// <c>\S*</c>.
    /// </summary>
    private static bool IsLeftToFormatRule(CodedException issue) =>
        issue.ErrorCode == InvalidLiteral && (issue as ExtendedCodedException)?.BaseErrorMessage is { } message
        && LiteralType.Match(message) is { Success: true } match && !NotKeptByPoco.Contains(match.Groups[1].Value);

    private static bool IsEmptyRoot(CodedException issue) =>
        EmptyObjectChecks.Contains(issue.ErrorCode) && issue is ExtendedCodedException { InstancePath: null or "$this" };

    /// <summary>The parser's <c>$this</c> is the resource; its paths are otherwise FHIRPath already.</summary>
    private static string LocationOf(ExtendedCodedException issue, string root) => issue.InstancePath switch
    {
        null or "" => "(document)",
        "$this" => root,
        var path when path.StartsWith("$this.", StringComparison.Ordinal) => root + path[5..],
        var path => path,
    };

    private static Finding ToFinding(CodedException issue, string root)
    {
        if (issue is not ExtendedCodedException coded)
            return new(FindingSeverity.Error, "structure", "(document)", issue.Message, $"{RuleId}:{issue.ErrorCode}");
        var severity = coded.IssueSeverity switch
        {
            OperationOutcome.IssueSeverity.Fatal => FindingSeverity.Fatal,
            OperationOutcome.IssueSeverity.Warning => FindingSeverity.Warning,
            OperationOutcome.IssueSeverity.Information => FindingSeverity.Information,
            _ => FindingSeverity.Error,
        };
        var code = coded.ErrorCode == UnknownElementCode ? "structure" : coded.IssueType.GetLiteral() ?? "structure";
        var finding = new Finding(severity, code, LocationOf(coded, root),
            coded.BaseErrorMessage ?? coded.Message, $"{RuleId}:{coded.ErrorCode}");
        return DecimalRange.Triage(coded.LineNumber is { } line ? finding with { Position = ((int)line, (int)(coded.Position ?? 0)) } : finding);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
