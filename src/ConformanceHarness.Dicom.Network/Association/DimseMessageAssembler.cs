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
    private MemoryStream? _dataset;
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
        _dataset = new MemoryStream();
        return null;
    }

    private (byte, DimseMessage)? AddDataset(PresentationDataValue pdv, TransferSyntax syntax)
    {
        if (_message is null || _dataset is null)
            throw new DimseAssemblyException("a data set fragment arrived before a command announcing a data set");
        var message = _message;
        if (pdv.IsLast && _dataset.Length == 0)
        {
            message.SetEncodedDataset(pdv.Fragment.AsMemory(), syntax); // one fragment: no copy
        }
        else
        {
            _dataset.Write(pdv.Fragment.AsSpan());
            if (!pdv.IsLast) return null;
            message.SetEncodedDataset(_dataset.GetBuffer().AsMemory(0, (int)_dataset.Length), syntax);
        }
        _message = null;
        _dataset = null;
        return (_contextId, message);
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
