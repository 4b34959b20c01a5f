namespace ConformanceHarness.Dicom.Network.UpperLayer;

/// <summary>
/// The state transition table of the DICOM upper layer, PS3.8 §9.2.3 Table 9-10, as data: for each event, the action
/// in each of the states Sta1 … Sta13 ("." where the standard leaves the cell empty: the event cannot occur there).
/// </summary>
public static class UpperLayerStateTable
{
    private static readonly string[] Rows =
    [
        // event  Sta1  Sta2  Sta3  Sta4  Sta5  Sta6  Sta7  Sta8  Sta9  Sta10 Sta11 Sta12 Sta13
        "Evt1     AE-1  .     .     .     .     .     .     .     .     .     .     .     .",
        "Evt2     .     .     .     AE-2  .     .     .     .     .     .     .     .     .",
        "Evt3     .     AA-1  AA-8  .     AE-3  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt4     .     AA-1  AA-8  .     AE-4  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt5     AE-5  .     .     .     .     .     .     .     .     .     .     .     .",
        "Evt6     .     AE-6  AA-8  .     AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-7",
        "Evt7     .     .     AE-7  .     .     .     .     .     .     .     .     .     .",
        "Evt8     .     .     AE-8  .     .     .     .     .     .     .     .     .     .",
        "Evt9     .     .     .     .     .     DT-1  .     AR-7  .     .     .     .     .",
        "Evt10    .     AA-1  AA-8  .     AA-8  DT-2  AR-6  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt11    .     .     .     .     .     AR-1  .     .     .     .     .     .     .",
        "Evt12    .     AA-1  AA-8  .     AA-8  AR-2  AR-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-6",
        "Evt13    .     AA-1  AA-8  .     AA-8  AA-8  AR-3  AA-8  AA-8  AR-10 AR-3  AA-8  AA-6",
        "Evt14    .     .     .     .     .     .     .     AR-4  AR-9  .     .     AR-4  .",
        "Evt15    .     .     AA-1  AA-2  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  AA-1  .",
        "Evt16    .     AA-2  AA-3  .     AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-3  AA-2",
        "Evt17    .     AA-5  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AA-4  AR-5",
        "Evt18    .     AA-2  .     .     .     .     .     .     .     .     .     .     AA-2",
        "Evt19    .     AA-1  AA-8  .     AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-8  AA-7",
    ];

    private static readonly Dictionary<(UpperLayerState, UpperLayerEvent), UpperLayerAction> Cells = Parse();

    /// <summary>The action Table 9-10 names for <paramref name="evt"/> in <paramref name="state"/>, or null for an empty cell.</summary>
    public static UpperLayerAction? Lookup(UpperLayerState state, UpperLayerEvent evt) =>
        Cells.TryGetValue((state, evt), out var action) ? action : null;

    /// <summary>
    /// The state an action leads to, PS3.8 Tables 9-6 … 9-9. AE-6 depends on whether the service-provider accepts the
    /// A-ASSOCIATE-RQ, AR-8 on whether this side requested the association.
    /// </summary>
    public static UpperLayerState NextState(UpperLayerAction action, bool providerAccepts = true, bool isRequestor = true) => action switch
    {
        UpperLayerAction.AE1 => UpperLayerState.Sta4,
        UpperLayerAction.AE2 => UpperLayerState.Sta5,
        UpperLayerAction.AE3 or UpperLayerAction.AE7 or UpperLayerAction.DT1 or UpperLayerAction.DT2 => UpperLayerState.Sta6,
        UpperLayerAction.AE5 => UpperLayerState.Sta2,
        UpperLayerAction.AE6 => providerAccepts ? UpperLayerState.Sta3 : UpperLayerState.Sta13,
        UpperLayerAction.AR1 or UpperLayerAction.AR6 => UpperLayerState.Sta7,
        UpperLayerAction.AR2 or UpperLayerAction.AR7 => UpperLayerState.Sta8,
        UpperLayerAction.AR8 => isRequestor ? UpperLayerState.Sta9 : UpperLayerState.Sta10,
        UpperLayerAction.AR9 => UpperLayerState.Sta11,
        UpperLayerAction.AR10 => UpperLayerState.Sta12,
        UpperLayerAction.AE8 or UpperLayerAction.AR4 or UpperLayerAction.AA1 or UpperLayerAction.AA6
            or UpperLayerAction.AA7 or UpperLayerAction.AA8 => UpperLayerState.Sta13,
        _ => UpperLayerState.Sta1, // AE-4, AR-3, AR-5, AA-2, AA-3, AA-4, AA-5
    };

    /// <summary>The standard's spelling of an action, e.g. "AA-8".</summary>
    public static string NameOf(UpperLayerAction action) => $"{action.ToString()[..2]}-{action.ToString()[2..]}";

    private static Dictionary<(UpperLayerState, UpperLayerEvent), UpperLayerAction> Parse()
    {
        var cells = new Dictionary<(UpperLayerState, UpperLayerEvent), UpperLayerAction>();
        foreach (var row in Rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var evt = Enum.Parse<UpperLayerEvent>(columns[0]);
            for (var state = 1; state < columns.Length; state++)
            {
                if (columns[state] == ".") continue;
                cells[((UpperLayerState)state, evt)] = Enum.Parse<UpperLayerAction>(columns[state].Replace("-", "", StringComparison.Ordinal));
            }
        }
        return cells;
    }
}
