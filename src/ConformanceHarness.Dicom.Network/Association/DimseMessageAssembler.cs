using System.Buffers;

using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>
/// Puts DIMSE messages together from presentation data values, PS3.8 Annex E and PS3.7 §6.3: the command fragments
/// up to the one marked last, then — when Command Data Set Type says so — the data set fragments, all on the same
/// presentation context. Anything else is a protocol error (<see cref="DimseAssemblyException"/>), which aborts.
/// </summary>
internal sealed class DimseMessageAssembler(Func<byte, TransferSyntax?> syntaxOf)
{
    /// <summary>A command set holds a few dozen short elements (PS3.7 §9.3, §10.3); more than this is refused, so a
    /// peer cannot make the acceptor buffer command fragments without end.</summary>
    public const int MaximumCommandLength = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _command = new(256);
    private readonly List<ReadOnlyMemory<byte>> _datasetFragments = [];
    private long _datasetLength;
    private DimseMessage? _message;
    private byte _contextId;

    /// <summary>Adds one PDV; returns the message it completes, or null.</summary>
    public (byte ContextId, DimseMessage Message)? Add(PresentationDataValue pdv)
    {
        var syntax = syntaxOf(pdv.PresentationContextId)
            ?? throw new DimseAssemblyException($"a PDV names presentation context {pdv.PresentationContextId}, which was not accepted");
        if (_message is null && _command.WrittenCount == 0) _contextId = pdv.PresentationContextId;
        if (pdv.PresentationContextId != _contextId)
            throw new DimseAssemblyException($"a PDV on presentation context {pdv.PresentationContextId} interleaves a message on context {_contextId}");
        return pdv.IsCommand ? AddCommand(pdv) : AddDataset(pdv, syntax);
    }

    private (byte, DimseMessage)? AddCommand(PresentationDataValue pdv)
    {
        if (_message is not null) throw new DimseAssemblyException($"a command fragment arrived while the data set of {_message.CommandField} was expected");
        if (_command.WrittenCount + pdv.Fragment.Count > MaximumCommandLength)
            throw new DimseAssemblyException($"the command set exceeds {MaximumCommandLength} bytes without a last fragment");
        _command.Write(pdv.Fragment.AsSpan());
        if (!pdv.IsLast) return null;
        var message = DecodeCommand();
        _command.Clear();
        if (!message.HasDataset) return (_contextId, message);
        _message = message;
        return null;
    }

    /// <remarks>Fragments are kept as they arrived (PDV values do not copy the PDU they came in) and joined once, into an
    /// array of the exact size, when the last one arrives; a data set in one fragment is not copied at all.</remarks>
    private (byte, DimseMessage)? AddDataset(PresentationDataValue pdv, TransferSyntax syntax)
    {
        if (_message is not { } message)
            throw new DimseAssemblyException("a data set fragment arrived before a command announcing a data set");
        _datasetFragments.Add(pdv.Fragment.AsMemory());
        _datasetLength += pdv.Fragment.Count;
        if (_datasetLength > Array.MaxLength)
            throw new DimseAssemblyException($"the data set of {message.CommandField} exceeds {Array.MaxLength} bytes (the largest array)");
        if (!pdv.IsLast) return null;
        message.SetEncodedDataset(_datasetFragments.Count == 1 ? _datasetFragments[0] : Join(_datasetFragments, (int)_datasetLength), syntax);
        _datasetFragments.Clear();
        _datasetLength = 0;
        _message = null;
        return (_contextId, message);
    }

    private static byte[] Join(List<ReadOnlyMemory<byte>> fragments, int length)
    {
        var joined = GC.AllocateUninitializedArray<byte>(length);
        var offset = 0;
        foreach (var fragment in fragments)
        {
            fragment.CopyTo(joined.AsMemory(offset));
            offset += fragment.Length;
        }
        return joined;
    }

    private DimseMessage DecodeCommand()
    {
        try
        {
            return DimseCommandCodec.Decode(_command.WrittenMemory);
        }
        catch (DimseFormatException error)
        {
            throw new DimseAssemblyException(error.Message, error);
        }
    }
}

/// <summary>PDVs that do not form DIMSE messages (PS3.7 §6.3, PS3.8 Annex E); the association is aborted.</summary>
public sealed class DimseAssemblyException(string message, Exception? inner = null) : Exception(message, inner);
