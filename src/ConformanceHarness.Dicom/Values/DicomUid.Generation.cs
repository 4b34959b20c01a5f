using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;

namespace ConformanceHarness.Dicom.Values;

public static partial class DicomUid
{
    /// <summary>PS3.5 B.2: the root under which a UUID written as one decimal integer is a UID.</summary>
    public const string UuidRoot = "2.25";

    /// <summary>A suffix under an organisation root keeps at least this many random digits, bounding the root at 51 bytes.</summary>
    public const int MinimumSuffixDigits = 12;

    private static readonly ConcurrentDictionary<string, byte> Issued = new(StringComparer.Ordinal);

    /// <summary>"2.25." followed by a random (version 4) UUID as an unsigned decimal integer, PS3.5 B.2.</summary>
    public static string Generate() => Generate(UuidRoot);

    /// <summary>
    /// <paramref name="orgRoot"/> + "." + random decimal digits, as many as fit 64 bytes (at most 39, a whole
    /// UUID). Throws <see cref="ArgumentException"/> when the root is not a valid UID or leaves fewer than
    /// <see cref="MinimumSuffixDigits"/> digits.
    /// </summary>
    /// <remarks>No UID is returned twice within the process: every result is remembered and a repeat is redrawn.</remarks>
    public static string Generate(string orgRoot)
    {
        ArgumentNullException.ThrowIfNull(orgRoot);
        if (Validate(orgRoot) is { Count: > 0 } violations)
        {
            throw new ArgumentException($"UID root '{orgRoot}' is not a valid UID: {violations[0].Message}", nameof(orgRoot));
        }

        var room = MaxLength - orgRoot.Length - 1;
        if (room < MinimumSuffixDigits)
        {
            throw new ArgumentException(
                $"UID root '{orgRoot}' is {orgRoot.Length} bytes; it leaves {room} of the {MinimumSuffixDigits} digits a unique suffix needs", nameof(orgRoot));
        }

        string uid;
        do
        {
            uid = orgRoot + "." + RandomSuffix(room);
        }
        while (!Issued.TryAdd(uid, 0));

        return uid;
    }

    /// <summary>A random UUID as a decimal integer, reduced modulo 10^<paramref name="digits"/> when it would not fit.</summary>
    private static string RandomSuffix(int digits)
    {
        var uuid = new BigInteger(Guid.NewGuid().ToByteArray(bigEndian: true), isUnsigned: true, isBigEndian: true);
        var text = uuid.ToString(CultureInfo.InvariantCulture);
        return text.Length <= digits
            ? text
            : (uuid % BigInteger.Pow(10, digits)).ToString(CultureInfo.InvariantCulture);
    }
}
