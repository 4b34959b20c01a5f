using System.Buffers.Binary;

using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.Json;

/// <summary>Runs DCMTK (dcm2json, dcmodify) on a copy of a corpus file as <see cref="Dcm2JsonMode"/> says; returns dcm2json's raw output bytes.</summary>
public static class Dcm2Json
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static bool IsInstalled => ExternalTool.Find("dcm2json") is not null && ExternalTool.Find("dcmodify") is not null;

    public static async Task<byte[]> ConvertAsync(string file, Dcm2JsonMode mode)
    {
        var work = Directory.CreateTempSubdirectory("dcm2json-");
        try
        {
            var input = Path.Combine(work.FullName, "input.dcm");
            var output = Path.Combine(work.FullName, "output.json");
            await PrepareAsync(file, input, mode, work.FullName);
            await ExternalTool.RunAsync("dcm2json", [input, output], work.FullName, Timeout);
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task PrepareAsync(string file, string input, Dcm2JsonMode mode, string workDirectory)
    {
        switch (mode)
        {
            case Dcm2JsonMode.WholeFile:
                File.Copy(file, input);
                return;
            case Dcm2JsonMode.PixelDataErased:
                File.Copy(file, input);
                await ExternalTool.RunAsync("dcmodify", ["-nb", "-ea", "(7fe0,0010)", input], workDirectory, Timeout);
                return;
            case Dcm2JsonMode.ImplicitBodyPixelDataErased:
                await File.WriteAllBytesAsync(input, DataSetBytes(await File.ReadAllBytesAsync(file)));
                await ExternalTool.RunAsync("dcmodify", ["-f", "-ti", "-nb", "-ea", "(7fe0,0010)", input], workDirectory, Timeout);
                return;
        }
    }

    /// <summary>The bytes after the File Meta Information: preamble (128) + "DICM" (4) + (0002,0000) UL element (12) + its value.</summary>
    private static byte[] DataSetBytes(byte[] file)
    {
        var groupLength = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(140, 4));
        return file[(144 + (int)groupLength)..];
    }
}
