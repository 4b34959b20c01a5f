using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConformanceHarness.TestSupport.Peers;

public sealed partial class OrthancPeer
{
    /// <summary><c>GET /instances</c>: the Orthanc ids of every stored instance.</summary>
    public async Task<IReadOnlyList<string>> ListInstancesAsync(CancellationToken cancellationToken) =>
        await Http.GetFromJsonAsync<string[]>("instances", cancellationToken) ?? [];

    /// <summary><c>GET /instances/{id}/file</c>: the stored DICOM file as Orthanc keeps it.</summary>
    public Task<byte[]> GetInstanceFileAsync(string id, CancellationToken cancellationToken) =>
        Http.GetByteArrayAsync($"instances/{Uri.EscapeDataString(id)}/file", cancellationToken);

    /// <summary><c>GET /statistics</c>: how many patients, studies, series and instances are stored.</summary>
    public async Task<OrthancStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        await Http.GetFromJsonAsync<OrthancStatistics>("statistics", cancellationToken)
        ?? throw new InvalidOperationException("Orthanc's GET /statistics answered null");

    /// <summary><c>POST /instances</c> with a DICOM file (Part 10 bytes): stores it and returns its Orthanc id.</summary>
    public async Task<string> UploadAsync(byte[] dicomFile, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(dicomFile);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        using var response = await Http.PostAsync("instances", content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Orthanc's POST /instances answered {(int)response.StatusCode}: {body}");
        using var answer = System.Text.Json.JsonDocument.Parse(body);
        return answer.RootElement.GetProperty("ID").GetString()
            ?? throw new InvalidOperationException($"Orthanc's POST /instances answered no ID: {body}");
    }

    /// <summary>
    /// <c>POST /tools/find</c> at <paramref name="level"/> (Patient, Study, Series, Instance) with <paramref name="query"/>
    /// (DICOM keyword → value), expanded: each match's <c>MainDicomTags</c> and, for a study, <c>PatientMainDicomTags</c>.
    /// </summary>
    public async Task<JsonArray> FindAsync(string level, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        var keys = new JsonObject([.. query.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)q.Value))]);
        var request = new JsonObject { ["Level"] = level, ["Expand"] = true, ["Query"] = keys };
        using var response = await Http.PostAsJsonAsync("tools/find", request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Orthanc's POST /tools/find answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body) as JsonArray ?? throw new InvalidOperationException($"Orthanc's POST /tools/find answered no array: {body}");
    }
}
