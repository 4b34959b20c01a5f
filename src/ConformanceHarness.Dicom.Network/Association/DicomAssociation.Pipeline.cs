using System.Runtime.CompilerServices;

using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    /// <summary>How many operations this side may keep outstanding: the asynchronous operations window the acceptor
    /// granted (PS3.7 D.3.3.3; 0 = unlimited, taken as 64), or 1 when none was negotiated.</summary>
    public int OperationsWindow => !IsRequestor ? 1
        : Accept.UserInformation?.Find<AsynchronousOperationsWindowSubItem>() is { MaximumNumberOperationsInvoked: var invoked }
            ? invoked == 0 ? 64 : invoked
            : 1;

    /// <summary>
    /// C-STORE of many instances in order with up to <see cref="OperationsWindow"/> outstanding, so the next instance
    /// travels while the peer stores the previous one. Yields each item with its finished response task (faulted when
    /// loading or storing it failed), in the order given.
    /// </summary>
    public async IAsyncEnumerable<(T Item, Task<CStoreResponse> Response)> StoreManyAsync<T>(IEnumerable<T> items, Func<T, DicomInstance> load,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var outstanding = new Queue<(T, Task<CStoreResponse>)>();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outstanding.Enqueue((item, Start(item, load, cancellationToken)));
            if (outstanding.Count >= OperationsWindow) yield return await OldestAsync(outstanding);
        }
        while (outstanding.Count > 0) yield return await OldestAsync(outstanding);
    }

    private Task<CStoreResponse> Start<T>(T item, Func<T, DicomInstance> load, CancellationToken cancellationToken)
    {
        try
        {
            return StoreAsync(load(item), cancellationToken: cancellationToken);
        }
        catch (Exception error)
        {
            return Task.FromException<CStoreResponse>(error);
        }
    }

    private static async Task<(T, Task<CStoreResponse>)> OldestAsync<T>(Queue<(T Item, Task<CStoreResponse> Response)> outstanding)
    {
        var (item, response) = outstanding.Dequeue();
        await Task.WhenAny(response);
        return (item, response);
    }
}
