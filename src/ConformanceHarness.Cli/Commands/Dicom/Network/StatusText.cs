using System.Globalization;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>A DIMSE status as the verbs print it: code, registered name (PS3.7 Annex C, PS3.4) and the Error Comment.</summary>
public static class StatusText
{
    /// <summary>"0x0000 Success", "0xA700 Refused: Out of Resources (disk full)".</summary>
    public static string Of(DimseResponse response) => Of(response.Status, response.ErrorComment);

    public static string Of(DicomStatus status, string? comment = null) =>
        $"0x{status.Code.ToString("X4", CultureInfo.InvariantCulture)} {status.Name}"
        + (string.IsNullOrWhiteSpace(comment) ? "" : $" ({comment.Trim()})");
}
