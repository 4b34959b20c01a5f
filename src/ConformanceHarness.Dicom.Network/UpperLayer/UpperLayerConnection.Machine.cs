using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.UpperLayer;

public sealed partial class UpperLayerConnection
{
    /// <summary>Looks <paramref name="evt"/> up in Table 9-10 in the current state, moves to the next state and carries the action out.</summary>
    /// <exception cref="InvalidOperationException">A local primitive the current state does not allow (a bug in the caller).</exception>
    private Task HandleAsync(UpperLayerEvent evt, Pdu? pdu = null, string? detail = null,
        AAbortReason reason = AAbortReason.UnexpectedPdu, CancellationToken cancellationToken = default)
    {
        UpperLayerTransition transition;
        lock (_gate)
        {
            if (UpperLayerStateTable.Lookup(State, evt) is not { } action)
            {
                if (IsLocalPrimitive(evt)) throw new InvalidOperationException($"{Describe(evt)} is not possible in {State}: the association is {Describe(State)}");
                return Task.CompletedTask; // a network event after the connection ended (e.g. Evt17 in Sta1)
            }
            var providerAccepts = pdu is not AAssociateRQ request || (request.ProtocolVersion & 1) == 1;
            var next = UpperLayerStateTable.NextState(action, providerAccepts, IsRequestor);
            transition = new UpperLayerTransition(State, evt, action, next);
            State = next;
        }
        Report(transition);
        return ExecuteAsync(transition, pdu, detail ?? $"{Describe(evt)} in {transition.From}", reason, cancellationToken);
    }

    private void Handle(UpperLayerEvent evt, string? detail = null) =>
        _ = HandleAsync(evt, detail: detail).ContinueWith(task => _ = task.Exception, TaskContinuationOptions.OnlyOnFaulted);

    private async Task ExecuteAsync(UpperLayerTransition transition, Pdu? pdu, string detail, AAbortReason reason, CancellationToken cancellationToken)
    {
        switch (transition.Action)
        {
            case UpperLayerAction.AE1: await ConnectAsync(cancellationToken); break;
            case UpperLayerAction.AE2: await SendAsync(_pendingRequest!); break;
            case UpperLayerAction.AE3: await IndicateAsync(new AssociateAcceptConfirmation((AAssociateAC)pdu!)); break;
            case UpperLayerAction.AE4: await IndicateAsync(new AssociateRejectConfirmation((AAssociateRJ)pdu!)); CloseTransport(); break;
            case UpperLayerAction.AE5: StartArtim(); StartReader(); break;
            case UpperLayerAction.AE6: await ExecuteAE6Async(transition, (AAssociateRQ)pdu!); break;
            case UpperLayerAction.AE7: await SendAsync(pdu!); break;
            case UpperLayerAction.AE8 or UpperLayerAction.AR4: await SendAsync(pdu ?? new AReleaseRP()); StartArtim(); break;
            case UpperLayerAction.DT2 or UpperLayerAction.AR6: await IndicateAsync(new DataIndication((PDataTF)pdu!)); break;
            case UpperLayerAction.AR1: await SendAsync(new AReleaseRQ()); break;
            case UpperLayerAction.AR2 or UpperLayerAction.AR8: await IndicateAsync(new ReleaseIndication(transition.Action == UpperLayerAction.AR8)); break;
            case UpperLayerAction.AR3: await IndicateAsync(new ReleaseConfirmation()); CloseTransport(); break;
            case UpperLayerAction.AR9: await SendAsync(new AReleaseRP()); break;
            case UpperLayerAction.AR10: await IndicateAsync(new ReleaseConfirmation()); break;
            case UpperLayerAction.AA1: await ExecuteAA1Async(transition, reason, detail); break;
            case UpperLayerAction.AA2 or UpperLayerAction.AA5 or UpperLayerAction.AR5: StopArtim(); CloseTransport(); break;
            case UpperLayerAction.AA3: await IndicatePeerAbortAsync((AAbort)pdu!); CloseTransport(); break;
            case UpperLayerAction.AA4: await IndicateAsync(new AbortIndication(AAbortSource.ServiceProvider, AAbortReason.ReasonNotSpecified, false, detail)); CloseTransport(); break;
            case UpperLayerAction.AA7: await SendAsync(new AAbort(AAbortSource.ServiceProvider, reason)); break;
            case UpperLayerAction.AA8: await ExecuteAA8Async(reason, detail); break;
        }
        if (transition.To == UpperLayerState.Sta1) Finish();
    }

    private async Task ExecuteAE6Async(UpperLayerTransition transition, AAssociateRQ request)
    {
        StopArtim();
        if (transition.To == UpperLayerState.Sta3)
        {
            await IndicateAsync(new AssociateIndication(request));
            return;
        }
        await SendAsync(new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceProviderAcseProtocolVersionNotSupported));
        StartArtim();
    }

    /// <summary>AA-1: a user's A-ABORT (Evt15) has service-user source; a protocol error before the A-ASSOCIATE-RQ
    /// (Sta2) is reported with service-provider source and the reason found, so the peer learns what was wrong.</summary>
    private async Task ExecuteAA1Async(UpperLayerTransition transition, AAbortReason reason, string detail)
    {
        var abort = transition.Event == UpperLayerEvent.Evt15
            ? new AAbort(AAbortSource.ServiceUser, AAbortReason.ReasonNotSpecified)
            : new AAbort(AAbortSource.ServiceProvider, reason);
        await SendAsync(abort);
        StartArtim();
        if (transition.Event != UpperLayerEvent.Evt15) await IndicateAsync(new AbortIndication(abort.Source, abort.Reason, false, detail));
        else if (_abortDetail is { } why) await IndicateAsync(new AbortIndication(abort.Source, abort.Reason, false, why));
    }

    private async Task ExecuteAA8Async(AAbortReason reason, string detail)
    {
        await SendAsync(new AAbort(AAbortSource.ServiceProvider, reason));
        await IndicateAsync(new AbortIndication(AAbortSource.ServiceProvider, reason, false, detail));
        StartArtim();
    }

    private Task IndicatePeerAbortAsync(AAbort abort) => IndicateAsync(new AbortIndication(abort.Source, abort.Reason, true,
        $"the peer sent A-ABORT (source {abort.Source}, reason {abort.Reason})"));

    private static bool IsLocalPrimitive(UpperLayerEvent evt) => evt is UpperLayerEvent.Evt1 or UpperLayerEvent.Evt7 or UpperLayerEvent.Evt8
        or UpperLayerEvent.Evt9 or UpperLayerEvent.Evt11 or UpperLayerEvent.Evt14 or UpperLayerEvent.Evt15;
}
