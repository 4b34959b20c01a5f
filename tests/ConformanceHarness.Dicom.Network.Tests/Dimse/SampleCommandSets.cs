using ConformanceHarness.Dicom.Network.Dimse;
using static ConformanceHarness.Dicom.Network.Tests.Dimse.SampleMessages;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

/// <summary>The command sets of <see cref="SampleMessages"/>, element by element in tag order, PS3.7 Table E.1-1.</summary>
internal static class SampleCommandSets
{
    private const ushort None = 0x0101, Present = 0x0001;

    public static CommandSetBytes Build(DimseCommandField field) => field switch
    {
        DimseCommandField.CEchoRequest => Rq("1.2.840.10008.1.1", 0x0030, 1).US(0x0800, None),
        DimseCommandField.CEchoResponse => Rsp("1.2.840.10008.1.1", 0x8030, 1, None, 0x0000),
        DimseCommandField.CStoreRequest => Rq(CT, 0x0001, 3).US(0x0700, 1).US(0x0800, Present).UI(0x1000, Instance)
            .AE(0x1030, "MOVESCU").US(0x1031, 9),
        DimseCommandField.CStoreResponse => Rsp(CT, 0x8001, 3, None, 0xB000).UI(0x1000, Instance),
        DimseCommandField.CFindRequest => Rq(Find, 0x0020, 4).US(0x0700, 2).US(0x0800, Present),
        DimseCommandField.CFindResponse => Rsp(Find, 0x8020, 4, Present, 0xFF00),
        DimseCommandField.CMoveRequest => Rq(Move, 0x0021, 5).AE(0x0600, "STORESCP").US(0x0700, 0).US(0x0800, Present),
        DimseCommandField.CMoveResponse => Rsp(Move, 0x8021, 5, None, 0xFF00).US(0x1020, 3).US(0x1021, 1).US(0x1022, 0).US(0x1023, 0),
        DimseCommandField.CGetRequest => Rq(Get, 0x0010, 6).US(0x0700, 0).US(0x0800, Present),
        DimseCommandField.CGetResponse => Rsp(Get, 0x8010, 6, None, 0x0000).US(0x1021, 2).US(0x1022, 0).US(0x1023, 0),
        DimseCommandField.CCancelRequest => new CommandSetBytes().US(0x0100, 0x0FFF).US(0x0120, 4).US(0x0800, None),
        DimseCommandField.NActionRequest => new CommandSetBytes().UI(0x0003, Commitment).US(0x0100, 0x0130).US(0x0110, 7)
            .US(0x0800, Present).UI(0x1001, CommitmentInstance).US(0x1008, 1),
        DimseCommandField.NActionResponse => Rsp(Commitment, 0x8130, 7, None, 0x0000).UI(0x1000, CommitmentInstance).US(0x1008, 1),
        DimseCommandField.NEventReportRequest => Rq(Commitment, 0x0100, 8).US(0x0800, Present).UI(0x1000, CommitmentInstance)
            .US(0x1002, 2),
        DimseCommandField.NEventReportResponse => Rsp(Commitment, 0x8100, 8, None, 0x0000).UI(0x1000, CommitmentInstance).US(0x1002, 2),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static CommandSetBytes Rq(string sopClass, ushort field, ushort messageID) =>
        new CommandSetBytes().UI(0x0002, sopClass).US(0x0100, field).US(0x0110, messageID);

    private static CommandSetBytes Rsp(string sopClass, ushort field, ushort respondedTo, ushort datasetType, ushort status) =>
        new CommandSetBytes().UI(0x0002, sopClass).US(0x0100, field).US(0x0120, respondedTo).US(0x0800, datasetType).US(0x0900, status);
}
