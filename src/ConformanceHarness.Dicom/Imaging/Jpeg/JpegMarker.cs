namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>The marker codes this decoder acts on, ITU-T T.81 Table B.1 (the byte after 0xFF).</summary>
public static class JpegMarker
{
    public const byte SOF0 = 0xC0;
    public const byte SOF1 = 0xC1;
    public const byte DHT = 0xC4;
    public const byte RST0 = 0xD0;
    public const byte RST7 = 0xD7;
    public const byte SOI = 0xD8;
    public const byte EOI = 0xD9;
    public const byte SOS = 0xDA;
    public const byte DQT = 0xDB;
    public const byte DNL = 0xDC;
    public const byte DRI = 0xDD;

    /// <summary>SOFn of the processes this decoder does not implement (progressive, lossless, hierarchical, arithmetic).</summary>
    public static bool IsUnsupportedStartOfFrame(byte marker) =>
        marker is >= 0xC2 and <= 0xCF && marker is not (DHT or 0xC8 or 0xCC);

    public static bool IsRestart(byte marker) => marker is >= RST0 and <= RST7;
}
