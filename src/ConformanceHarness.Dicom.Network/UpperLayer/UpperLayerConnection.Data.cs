using System.Buffers;
using System.Buffers.Binary;

using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.UpperLayer;

public sealed partial class UpperLayerConnection
{
    /// <summary>Fragments up to this size travel in one write together with their 12 header bytes.</summary>
    private const int CoalesceLimit = 64 * 1024;

    private const int HeaderLength = 6 + PresentationDataValue.Overhead;

    /// <summary>
    /// P-DATA request (Evt9 → DT-1, or AR-7 after a release indication): sends one DIMSE message — the command, then the
    /// data set if any — as P-DATA-TFs of one PDV each, fragmented to the peer's maximum length, with no other message
    /// interleaved. Same bytes as <see cref="PDataTFFragmenter"/> produces, written without building the records.
    /// </summary>
    public async Task SendMessageAsync(byte presentationContextId, ReadOnlyMemory<byte> command, ReadOnlyMemory<byte>? dataset,
        CancellationToken cancellationToken)
    {
        await HandleAsync(UpperLayerEvent.Evt9);
        await WriteAsync(async stream =>
        {
            await WriteFragmentsAsync(stream, presentationContextId, true, command, cancellationToken);
            if (dataset is { } data) await WriteFragmentsAsync(stream, presentationContextId, false, data, cancellationToken);
        }, cancellationToken);
    }

    private async ValueTask WriteFragmentsAsync(Stream stream, byte id, bool isCommand, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var size = PeerMaximumPduLength == 0 ? int.MaxValue : (int)Math.Min(PeerMaximumPduLength - PresentationDataValue.Overhead, int.MaxValue);
        var offset = 0;
        do
        {
            var count = Math.Min(size, data.Length - offset);
            var isLast = offset + count == data.Length;
            await WriteFragmentAsync(stream, id, (byte)((isCommand ? 0x01 : 0) | (isLast ? 0x02 : 0)), data.Slice(offset, count), cancellationToken);
            offset += count;
        }
        while (offset < data.Length);
    }

    private static async ValueTask WriteFragmentAsync(Stream stream, byte id, byte control, ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(HeaderLength + Math.Min(fragment.Length, CoalesceLimit));
        try
        {
            WriteHeader(buffer, id, control, fragment.Length);
            if (fragment.Length <= CoalesceLimit)
            {
                fragment.CopyTo(buffer.AsMemory(HeaderLength));
                await stream.WriteAsync(buffer.AsMemory(0, HeaderLength + fragment.Length), cancellationToken);
                return;
            }
            await stream.WriteAsync(buffer.AsMemory(0, HeaderLength), cancellationToken);
            await stream.WriteAsync(fragment, cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>PDU-type, reserved, PDU-length (Table 9-22), then Item-length, context id, control header (Table 9-23).</summary>
    private static void WriteHeader(Span<byte> header, byte id, byte control, int fragmentLength)
    {
        header[0] = (byte)PduType.PDataTF;
        header[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(header[2..], (uint)(fragmentLength + PresentationDataValue.Overhead));
        BinaryPrimitives.WriteUInt32BigEndian(header[6..], (uint)(fragmentLength + 2));
        header[10] = id;
        header[11] = control;
    }
}
