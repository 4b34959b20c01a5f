using System.Buffers.Binary;

namespace ConformanceHarness.Dicom.Tests.IO.Fuzzing;

/// <summary>
/// The ways the fuzzer damages a DICOM file, each a pure function of the bytes and a seeded
/// <see cref="Random"/>, so a finding is reproduced from (file, mutation, seed) alone.
/// </summary>
public sealed record DicomMutation(string Name, Func<byte[], Random, byte[]> Apply)
{
    /// <summary>Values written over length fields: undefined length, just below it, past any file, and odd.</summary>
    private static readonly uint[] HostileLengths = [0xFFFFFFFF, 0xFFFFFFFE, 0x7FFFFFFF, 0x80000000, 0x00100001, 0x0000FFFF];

    public static readonly IReadOnlyList<DicomMutation> All =
    [
        new("bit flips", FlipBits),
        new("byte insert", InsertBytes),
        new("byte delete", DeleteBytes),
        new("length overwrite", OverwriteLength),
        new("truncation", Truncate),
    ];

    public override string ToString() => Name;

    private static byte[] FlipBits(byte[] bytes, Random random)
    {
        var mutated = (byte[])bytes.Clone();
        for (var flips = random.Next(1, 9); flips > 0; flips--)
            mutated[random.Next(mutated.Length)] ^= (byte)(1 << random.Next(8));
        return mutated;
    }

    private static byte[] InsertBytes(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        var inserted = new byte[random.Next(1, 17)];
        random.NextBytes(inserted);
        return [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];
    }

    private static byte[] DeleteBytes(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length);
        var count = Math.Min(random.Next(1, 17), bytes.Length - at);
        return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + count)];
    }

    /// <summary>Over the length field after an explicit VR code when one is found, else over 4 bytes at an even offset.</summary>
    private static byte[] OverwriteLength(byte[] bytes, Random random)
    {
        var mutated = (byte[])bytes.Clone();
        var value = random.Next(4) == 0 ? (uint)random.NextInt64(0, 1L << 32) : HostileLengths[random.Next(HostileLengths.Length)];
        var field = FindLengthField(mutated, random);
        if (field is (var offset, 2)) BinaryPrimitives.WriteUInt16LittleEndian(mutated.AsSpan(offset), (ushort)value);
        else if (field is (var at, _)) BinaryPrimitives.WriteUInt32LittleEndian(mutated.AsSpan(at), value);
        return mutated;
    }

    private static (int Offset, int Size)? FindLengthField(byte[] bytes, Random random)
    {
        if (bytes.Length < 12) return null;
        var start = random.Next(bytes.Length - 8);
        for (var at = start; at < bytes.Length - 8; at++)
        {
            if (!char.IsAsciiLetterUpper((char)bytes[at]) || !char.IsAsciiLetterUpper((char)bytes[at + 1])) continue;
            if (!DicomVR.TryParse(System.Text.Encoding.ASCII.GetString(bytes, at, 2), out var vr)) continue;
            return vr.HasLongLength ? (at + 4, 4) : (at + 2, 2);
        }
        return (start & ~1, 4);
    }

    private static byte[] Truncate(byte[] bytes, Random random) => bytes[..random.Next(bytes.Length)];
}
