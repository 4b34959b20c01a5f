using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// The lossy compression flags tell the truth (PS3.3 C.7.6.1.1.5; spec §3.5, §4.2 "never apply lossy compression
/// without setting the Lossy Image Compression attributes"): a lossy transfer syntax needs Lossy Image Compression
/// (0028,2110) = <c>01</c>; once it is <c>01</c>, Lossy Image Compression Ratio (0028,2112) and Method (0028,2114) are
/// given, one method per ratio, and under a lossy transfer syntax the methods include the one it implies.
/// </summary>
public sealed class LossyCompressionRule : IInstanceRule
{
    public const string Name = "lossy-compression";

    public static readonly LossyCompressionRule Instance = new();

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var dataset = instance.Dataset;
        var lossy = LossyTransferSyntax.Find(LossyTransferSyntax.Of(instance));
        var flag = dataset.GetStringOrDefault(DicomTags.LossyImageCompression, "");
        if (lossy is not null && flag != "01")
            yield return Finding(DicomTags.LossyImageCompression, $"transfer syntax {lossy.Uid} is lossy, but Lossy Image Compression is {Quoted(flag)}, not '01'", flag);
        if (flag != "01") yield break;
        var ratios = Strings(dataset, DicomTags.LossyImageCompressionRatio);
        var methods = Strings(dataset, DicomTags.LossyImageCompressionMethod);
        if (ratios.Length == 0) yield return Finding(DicomTags.LossyImageCompressionRatio, "Lossy Image Compression is '01', but no Lossy Image Compression Ratio is given");
        if (methods.Length == 0) yield return Finding(DicomTags.LossyImageCompressionMethod, "Lossy Image Compression is '01', but no Lossy Image Compression Method is given");
        else if (ratios.Length > 0 && ratios.Length != methods.Length)
            yield return Finding(DicomTags.LossyImageCompressionMethod, $"expected one method per ratio ({ratios.Length}), but received {methods.Length}", string.Join('\\', methods));
        else if (lossy is not null && !methods.Contains(lossy.Method))
            yield return Finding(DicomTags.LossyImageCompressionMethod, $"transfer syntax {lossy.Uid} implies method {lossy.Method}, but the methods are {string.Join('\\', methods)}", string.Join('\\', methods));
    }

    private static string[] Strings(DicomDataset dataset, DicomTag tag) => dataset.TryGetValues<string>(tag, out var values) ? values : [];

    private static string Quoted(string flag) => flag.Length == 0 ? "absent or empty" : $"'{flag}'";

    private static DicomFinding Finding(DicomTag tag, string message, string? value = null) =>
        new(DicomFindingSeverity.Error, Name, tag.ToString(), message, string.IsNullOrEmpty(value) ? null : value);
}
