using ConformanceHarness.Dicom.Network.UpperLayer;

using static ConformanceHarness.Dicom.Network.UpperLayer.UpperLayerAction;
using static ConformanceHarness.Dicom.Network.UpperLayer.UpperLayerEvent;
using static ConformanceHarness.Dicom.Network.UpperLayer.UpperLayerState;

namespace ConformanceHarness.Dicom.Network.Tests.UpperLayer;

/// <summary><see cref="UpperLayerStateTable"/> against facts read off PS3.8 Table 9-10 and Tables 9-6 … 9-9.</summary>
public sealed class UpperLayerStateTableTests
{
    /// <summary>The events that are PDUs arriving on the transport connection (PS3.8 Table 9-2).</summary>
    private static readonly UpperLayerEvent[] PduEvents = [Evt3, Evt4, Evt6, Evt10, Evt12, Evt13, Evt16, Evt19];

    private static readonly UpperLayerState[] DuringAssociation = [Sta3, Sta5, Sta6, Sta7, Sta8, Sta9, Sta10, Sta11, Sta12];

    [Fact]
    public void Sta13_EveryPduEvent_IsIgnoredExceptRequestAndInvalidPduAnswerAbortAndAbortCloses()
    {
        foreach (var evt in PduEvents)
        {
            var expected = evt switch { Evt6 or Evt19 => AA7, Evt16 => AA2, _ => AA6 };
            Assert.True(UpperLayerStateTable.Lookup(Sta13, evt) == expected, $"Sta13 + {evt}: expected {expected}, but the table has {UpperLayerStateTable.Lookup(Sta13, evt)}");
        }
    }

    [Fact]
    public void Sta13_TransportClosed_IsAR5AndArtimExpiredIsAA2()
    {
        Assert.Equal(AR5, UpperLayerStateTable.Lookup(Sta13, Evt17));
        Assert.Equal(AA2, UpperLayerStateTable.Lookup(Sta13, Evt18));
    }

    [Theory]
    [InlineData(Evt3, AA1)]
    [InlineData(Evt4, AA1)]
    [InlineData(Evt6, AE6)]
    [InlineData(Evt10, AA1)]
    [InlineData(Evt12, AA1)]
    [InlineData(Evt13, AA1)]
    [InlineData(Evt16, AA2)]
    [InlineData(Evt17, AA5)]
    [InlineData(Evt18, AA2)]
    [InlineData(Evt19, AA1)]
    public void Sta2_Event_HasTheActionOfTable9_10(UpperLayerEvent evt, UpperLayerAction expected) =>
        Assert.Equal(expected, UpperLayerStateTable.Lookup(Sta2, evt));

    [Fact]
    public void Sta2_LocalPrimitives_AreEmptyCells()
    {
        foreach (var evt in new[] { Evt1, Evt2, Evt5, Evt7, Evt8, Evt9, Evt11, Evt14, Evt15 })
            Assert.Null(UpperLayerStateTable.Lookup(Sta2, evt));
    }

    [Fact]
    public void DuringAssociation_UnexpectedPdus_AreAA8AndAbortPduIsAA3()
    {
        var expected = new Dictionary<(UpperLayerEvent, UpperLayerState), UpperLayerAction>
        {
            [(Evt3, Sta5)] = AE3, [(Evt4, Sta5)] = AE4, [(Evt10, Sta6)] = DT2, [(Evt10, Sta7)] = AR6,
            [(Evt12, Sta6)] = AR2, [(Evt12, Sta7)] = AR8, [(Evt13, Sta7)] = AR3, [(Evt13, Sta10)] = AR10, [(Evt13, Sta11)] = AR3,
        };
        foreach (var state in DuringAssociation)
        {
            foreach (var evt in new[] { Evt3, Evt4, Evt6, Evt10, Evt12, Evt13, Evt19 })
                Assert.Equal(expected.GetValueOrDefault((evt, state), AA8), UpperLayerStateTable.Lookup(state, evt));
            Assert.Equal(AA3, UpperLayerStateTable.Lookup(state, Evt16));
            Assert.Equal(AA4, UpperLayerStateTable.Lookup(state, Evt17));
            Assert.Null(UpperLayerStateTable.Lookup(state, Evt18));
        }
    }

    [Theory]
    [InlineData(Evt1, Sta1, AE1)]
    [InlineData(Evt2, Sta4, AE2)]
    [InlineData(Evt5, Sta1, AE5)]
    [InlineData(Evt7, Sta3, AE7)]
    [InlineData(Evt8, Sta3, AE8)]
    [InlineData(Evt9, Sta6, DT1)]
    [InlineData(Evt9, Sta8, AR7)]
    [InlineData(Evt11, Sta6, AR1)]
    [InlineData(Evt14, Sta8, AR4)]
    [InlineData(Evt14, Sta9, AR9)]
    [InlineData(Evt14, Sta12, AR4)]
    [InlineData(Evt15, Sta4, AA2)]
    [InlineData(Evt17, Sta4, AA4)]
    public void LocalPrimitive_InItsState_HasTheActionOfTable9_10(UpperLayerEvent evt, UpperLayerState state, UpperLayerAction expected) =>
        Assert.Equal(expected, UpperLayerStateTable.Lookup(state, evt));

    [Fact]
    public void Table_HasExactlyTheNonEmptyCellsOfTable9_10()
    {
        var cells = Enum.GetValues<UpperLayerState>().SelectMany(state => Enum.GetValues<UpperLayerEvent>()
            .Where(evt => UpperLayerStateTable.Lookup(state, evt) is not null)).Count();

        Assert.Equal(123, cells);
    }

    [Fact]
    public void NextState_AE6_IsSta3WhenAcceptableElseSta13()
    {
        Assert.Equal(Sta3, UpperLayerStateTable.NextState(AE6, providerAccepts: true));
        Assert.Equal(Sta13, UpperLayerStateTable.NextState(AE6, providerAccepts: false));
    }

    [Fact]
    public void NextState_AR8_IsSta9ForTheRequestorAndSta10ForTheAcceptor()
    {
        Assert.Equal(Sta9, UpperLayerStateTable.NextState(AR8, isRequestor: true));
        Assert.Equal(Sta10, UpperLayerStateTable.NextState(AR8, isRequestor: false));
    }

    [Theory]
    [InlineData(AE1, Sta4)]
    [InlineData(AE2, Sta5)]
    [InlineData(AE3, Sta6)]
    [InlineData(AE4, Sta1)]
    [InlineData(AE5, Sta2)]
    [InlineData(AE7, Sta6)]
    [InlineData(AE8, Sta13)]
    [InlineData(DT1, Sta6)]
    [InlineData(DT2, Sta6)]
    [InlineData(AR1, Sta7)]
    [InlineData(AR2, Sta8)]
    [InlineData(AR3, Sta1)]
    [InlineData(AR4, Sta13)]
    [InlineData(AR5, Sta1)]
    [InlineData(AR6, Sta7)]
    [InlineData(AR7, Sta8)]
    [InlineData(AR9, Sta11)]
    [InlineData(AR10, Sta12)]
    [InlineData(AA1, Sta13)]
    [InlineData(AA2, Sta1)]
    [InlineData(AA3, Sta1)]
    [InlineData(AA4, Sta1)]
    [InlineData(AA5, Sta1)]
    [InlineData(AA6, Sta13)]
    [InlineData(AA7, Sta13)]
    [InlineData(AA8, Sta13)]
    public void NextState_Action_IsTheStateOfTables9_6To9_9(UpperLayerAction action, UpperLayerState expected) =>
        Assert.Equal(expected, UpperLayerStateTable.NextState(action));

    [Theory]
    [InlineData(AA8, "AA-8")]
    [InlineData(AR10, "AR-10")]
    [InlineData(DT1, "DT-1")]
    public void NameOf_Action_IsTheStandardsSpelling(UpperLayerAction action, string expected) =>
        Assert.Equal(expected, UpperLayerStateTable.NameOf(action));
}
