namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE Status (0000,0900) value with its meaning, PS3.7 Annex C. Range entries (e.g. Cxxx) match every
/// code whose bits under <see cref="Mask"/> equal <see cref="Code"/>; the registry is in <c>DicomStatus.Registry.cs</c>.
/// </summary>
public sealed partial record DicomStatus(ushort Code, string Name, DicomStatusState State, ushort Mask = 0xFFFF, string? Service = null)
{
    /// <summary>True when <paramref name="code"/> falls under this entry (exactly, or inside its range).</summary>
    public bool Matches(ushort code) => (code & Mask) == (Code & Mask);

    /// <summary>
    /// The registered meaning of <paramref name="code"/>, most specific entry first; a range entry comes back carrying
    /// the code itself. Unknown codes are classified by the PS3.7 Annex C.1 rules.
    /// </summary>
    public static DicomStatus Lookup(ushort code) => Lookup(code, null);

    /// <summary>As <see cref="Lookup(ushort)"/>, preferring the entries specific to <paramref name="command"/> (request or response field).</summary>
    public static DicomStatus Lookup(ushort code, DimseCommandField? command)
    {
        var service = command is { } field ? ServiceOf(field) : null;
        var candidates = Entries.Where(entry => entry.Matches(code)).ToList();
        var entry = candidates.FirstOrDefault(entry => service is not null && entry.Service == service)
            ?? candidates.FirstOrDefault(entry => entry.Service is null)
            ?? candidates.FirstOrDefault();
        return entry is null ? Unknown(code) : entry with { Code = code };
    }

    /// <summary>The status type of any code, PS3.7 C.1: FF00/FF01 pending, FE00 cancel, 0001, 0107, 0116 and Bxxx warning, 0000 success, the rest failure.</summary>
    public static DicomStatusState Classify(ushort code) => code switch
    {
        0x0000 => DicomStatusState.Success,
        0xFF00 or 0xFF01 => DicomStatusState.Pending,
        0xFE00 => DicomStatusState.Cancel,
        0x0001 or 0x0107 or 0x0116 or >= 0xB000 and <= 0xBFFF => DicomStatusState.Warning,
        _ => DicomStatusState.Failure,
    };

    public override string ToString() => $"0x{Code:X4} {Name} ({State})";

    private static DicomStatus Unknown(ushort code) => new(code, "Unknown Status", Classify(code));

    private static string ServiceOf(DimseCommandField field) =>
        ((DimseCommandField)((ushort)field & 0x7FFF)).ToString().Replace("Request", "", StringComparison.Ordinal);
}
