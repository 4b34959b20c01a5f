using System.Text.Json.Nodes;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// The one configuration file Orthanc 1.10.1 is started with (real-peers.md §3): storage in a temporary folder, DICOM and
/// HTTP on the given ports, no authentication, every DICOM request allowed, no plugins, the caller's modalities.
/// </summary>
public static class OrthancConfiguration
{
    public const string AeTitle = "ORTHANC";

    public static JsonObject Create(string storage, int dicomPort, int httpPort, IReadOnlyDictionary<string, OrthancModality> modalities)
    {
        var known = new JsonObject();
        foreach (var (name, modality) in modalities) known[name] = new JsonArray(modality.AeTitle, modality.Host, modality.Port);
        return new JsonObject
        {
            ["Name"] = "HX-ORTHANC",
            ["StorageDirectory"] = storage,
            ["IndexDirectory"] = storage,
            ["HttpServerEnabled"] = true,
            ["HttpPort"] = httpPort,
            ["DicomServerEnabled"] = true,
            ["DicomAet"] = AeTitle,
            ["DicomPort"] = dicomPort,
            ["DicomCheckCalledAet"] = false,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomAlwaysAllowEcho"] = true,
            ["DicomAlwaysAllowStore"] = true,
            ["DicomAlwaysAllowFind"] = true,
            ["DicomAlwaysAllowMove"] = true,
            ["DicomAlwaysAllowGet"] = true,
            ["DicomModalities"] = known,
            ["Plugins"] = new JsonArray(),
        };
    }
}
