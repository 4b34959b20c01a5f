using System.Globalization;
using System.Numerics;

using Bogus;

namespace ConformanceHarness.Fixtures;

/// <summary>
/// The UIDs of one world, all derived from its seed, none from the clock or <see cref="Guid.NewGuid"/>:
/// a facility root is <c>2.25.</c> + a seeded 128-bit version-4 UUID as a decimal integer (PS3.5 B.2, at most 44 bytes);
/// the facility's UIDs are <c>root.kind.n</c> with a counter per facility and kind, so they are unique by construction
/// and at most 44 + 3 + 10 = 57 bytes (PS3.5 §9.1: ≤ 64, no leading zeros: the counters start at 1).
/// </summary>
internal sealed class SeededUids(Randomizer random)
{
    private readonly Dictionary<(string Root, UidKind Kind), long> _counters = [];

    /// <summary>A fresh <c>2.25</c> UID from 16 seeded bytes with the UUID version (4) and variant (RFC 4122) bits set.</summary>
    public string NewRoot()
    {
        var bytes = random.Bytes(16);
        bytes[6] = (byte)(bytes[6] & 0x0F | 0x40);
        bytes[8] = (byte)(bytes[8] & 0x3F | 0x80);
        return "2.25." + new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The next UID of <paramref name="kind"/> under <paramref name="root"/>.</summary>
    public string Next(string root, UidKind kind)
    {
        var key = (root, kind);
        var number = _counters.GetValueOrDefault(key) + 1;
        _counters[key] = number;
        return string.Create(CultureInfo.InvariantCulture, $"{root}.{(int)kind}.{number}");
    }
}
