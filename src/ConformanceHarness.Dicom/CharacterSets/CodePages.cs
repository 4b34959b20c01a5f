using System.Text;

namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>The .NET code pages behind the character sets; registers <see cref="CodePagesEncodingProvider"/> once.</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(int codePage, EncoderFallback encoderFallback, DecoderFallback decoderFallback) =>
        Encoding.GetEncoding(codePage, encoderFallback, decoderFallback);
}
