using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// The instance's transfer syntax (file meta (0002,0010), else the one it was read in) is one of parameter
/// <c>allowed</c>: the syntaxes the archive accepts (spec §4.2; the Ontario list is not found, so the pack proposes one).
/// </summary>
public sealed class TransferSyntaxAllowedRule(IReadOnlySet<string> allowed) : IInstanceRule
{
    public const string Name = "transfer-syntax-allowed";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("allowed");
        return parameters.Strings("allowed") is { Count: > 0 } allowed ? new TransferSyntaxAllowedRule(allowed.ToHashSet(StringComparer.Ordinal))
            : throw new InvalidDataException($"{parameters.Where}: parameter 'allowed' (an array of transfer syntax UIDs) is missing or empty");
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var uid = LossyTransferSyntax.Of(instance);
        if (allowed.Contains(uid)) return [];
        var name = DicomUids.Lookup(uid)?.Name ?? "unregistered";
        return [new(DicomFindingSeverity.Error, Name, DicomFileMetaInformation.TransferSyntaxUid.ToString(),
            $"transfer syntax {uid} ({name}) is not one of the {allowed.Count} the archive accepts", uid)];
    }
}
