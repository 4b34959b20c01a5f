using System.Buffers.Binary;

using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.Load;
using ConformanceHarness.Dicom.Network.Tests.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>One fuzz case: what a requestor sends first (its A-ASSOCIATE-RQ, or random bytes), what it sends once that is
/// accepted, and how the bytes were made (for the failure message).</summary>
internal sealed record FuzzCase(int Number, string Description, byte[] First, byte[] AfterAccept);

/// <summary>
/// Fuzz cases for an association-acceptor, the same for a given seed: random bytes, and valid PDU sequences (an
/// A-ASSOCIATE-RQ, then C-ECHO, C-STORE, release or abort) with one PDU mutated — bytes flipped, cut short, a huge
/// length, a wrong item or PDU type, junk inserted.
/// </summary>
internal static class PduFuzzCases
{
    private static readonly byte[][][] Sequences = BuildSequences();

    /// <summary>Each changes the PDU in place, or returns a shorter copy (then the PDUs after it are not sent), and says what it did.</summary>
    private static readonly Func<Random, byte[], (string Description, byte[] Pdu)>[] Mutations =
        [InPlace(Flip), Truncate, InPlace(HugeLength), InPlace(WrongItemType), InPlace(WrongPduType), InPlace(Junk)];

    public static IReadOnlyList<FuzzCase> Create(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(number => random.Next(8) == 0 ? RandomBytes(number, random) : Mutated(number, random))];
    }

    private static FuzzCase Mutated(int number, Random random)
    {
        var sequence = random.Next(Sequences.Length);
        var pdus = Sequences[sequence].Select(pdu => (byte[])pdu.Clone()).ToArray();
        var target = random.Next(pdus.Length);
        var (description, mutated) = Mutations[random.Next(Mutations.Length)](random, pdus[target]);
        if (mutated.Length < pdus[target].Length) pdus = [.. pdus.Take(target + 1)];
        pdus[target] = mutated;
        return new FuzzCase(number, $"sequence {sequence}, PDU {target}: {description}", pdus[0], [.. pdus.Skip(1).SelectMany(pdu => pdu)]);
    }

    private static FuzzCase RandomBytes(int number, Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        if (bytes.Length >= 6 && random.Next(2) == 0)
        {
            bytes[0] = (byte)random.Next(1, 8);
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(2), (uint)(bytes.Length - 6 + random.Next(-2, 3)));
        }
        return new FuzzCase(number, $"{bytes.Length} random bytes", bytes, []);
    }

    private static string Flip(Random random, byte[] pdu)
    {
        var offsets = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(pdu.Length)).ToList();
        offsets.ForEach(offset => pdu[offset] ^= (byte)random.Next(1, 256));
        return $"bytes flipped at {string.Join(", ", offsets)}";
    }

    private static (string, byte[]) Truncate(Random random, byte[] pdu)
    {
        var kept = random.Next(pdu.Length);
        return ($"cut after {kept} bytes", pdu[..kept]);
    }

    private static Func<Random, byte[], (string, byte[])> InPlace(Func<Random, byte[], string> mutate) => (random, pdu) => (mutate(random, pdu), pdu);

    private static string HugeLength(Random random, byte[] pdu)
    {
        uint[] lengths = [0xFFFFFFFF, 0x7FFFFFFF, 1024 * 1024 + 1, (uint)random.Next(), 0];
        var offset = random.Next(3) == 0 ? 2 : random.Next(6, pdu.Length - 3);
        var length = lengths[random.Next(lengths.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(pdu.AsSpan(offset), length);
        return $"length 0x{length:X8} written at {offset}";
    }

    /// <summary>An item type of an A-ASSOCIATE-RQ (10H, 20H, 50H or a sub-item), or a PDV's context ID / control header.</summary>
    private static string WrongItemType(Random random, byte[] pdu)
    {
        var offsets = pdu[0] == (byte)PduType.AAssociateRQ ? ItemTypeOffsets(pdu) : pdu[0] == (byte)PduType.PDataTF ? [10, 11] : [0];
        var offset = offsets[random.Next(offsets.Count)];
        var value = (byte)random.Next(256);
        var was = pdu[offset];
        pdu[offset] = value;
        return $"item type at {offset} changed from 0x{was:X2} to 0x{value:X2}";
    }

    private static string WrongPduType(Random random, byte[] pdu)
    {
        byte[] types = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xFF, (byte)random.Next(256)];
        pdu[0] = types[random.Next(types.Length)];
        return $"PDU type 0x{pdu[0]:X2}";
    }

    private static string Junk(Random random, byte[] pdu)
    {
        var offset = random.Next(pdu.Length);
        var junk = new byte[random.Next(1, 64)];
        random.NextBytes(junk);
        var count = Math.Min(junk.Length, pdu.Length - offset);
        junk.AsSpan(0, count).CopyTo(pdu.AsSpan(offset));
        return $"{count} junk bytes over offset {offset}";
    }

    /// <summary>Offsets of the items (PS3.8 Table 9-11) and of the sub-items of presentation context and user information items.</summary>
    private static List<int> ItemTypeOffsets(byte[] pdu)
    {
        var offsets = new List<int>();
        for (var item = 74; item + 4 <= pdu.Length; item += 4 + BinaryPrimitives.ReadUInt16BigEndian(pdu.AsSpan(item + 2)))
        {
            offsets.Add(item);
            var end = item + 4 + BinaryPrimitives.ReadUInt16BigEndian(pdu.AsSpan(item + 2));
            var first = pdu[item] == 0x20 ? item + 8 : pdu[item] == 0x50 ? item + 4 : end;
            for (var sub = first; sub + 4 <= end; sub += 4 + BinaryPrimitives.ReadUInt16BigEndian(pdu.AsSpan(sub + 2))) offsets.Add(sub);
        }
        return offsets;
    }

    private static byte[][][] BuildSequences()
    {
        var request = new AAssociateRQ(ServerUnderTest.AeTitle, "FUZZ", DicomImplementation.ApplicationContextName,
            [new PresentationContextRequest(1, DicomUids.Verification, [SamplePdus.ImplicitLittleEndian]),
             new PresentationContextRequest(3, DicomUids.SecondaryCaptureImageStorage, [SamplePdus.ImplicitLittleEndian, "1.2.840.10008.1.2.1"])],
            new UserInformation([new MaximumLengthSubItem(16384), new ImplementationClassUidSubItem("1.2.3.4"),
                new ScpScuRoleSelectionSubItem(DicomUids.SecondaryCaptureImageStorage, 1, 0), new ImplementationVersionNameSubItem("FUZZ")])).Encode();
        var instance = SyntheticInstances.One(seed: 7);
        var store = instance.ToRequest(2);
        var command = new PDataTF([new PresentationDataValue(3, true, true, [.. DimseCommandCodec.Encode(store)])]).Encode();
        var data = new PDataTF([new PresentationDataValue(3, false, true,
            [.. DimseDatasetCodec.Encode(instance.Dataset, TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian)])]).Encode();
        var echo = SamplePdus.Echo().Encode();
        return
        [
            [request],
            [request, echo],
            [request, echo, new AReleaseRQ().Encode()],
            [request, command, data],
            [request, echo, new AAbort(AAbortSource.ServiceUser, AAbortReason.ReasonNotSpecified).Encode()],
        ];
    }
}
