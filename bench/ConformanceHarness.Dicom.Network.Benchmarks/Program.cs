using ConformanceHarness.Dicom.Network.Benchmarks;

// Verbs of bench/dicom-store-vs-dcmtk.sh; each prints one line a person can read.
//   generate --out DIR [--count 1000]             synthetic CT instances (deterministic), skipped when already complete
//   listen --port P --out DIR [--pdu BYTES]        our storage SCP for one association
//   send --port P --dir DIR [--pdu BYTES]          our storage SCU: one association, every *.dcm in DIR
//   pipe-listen --port P --out DIR [--no-disk]     plain TCP receiver (loopback ceiling)
//   pipe-send --port P --dir DIR                   plain TCP sender
try
{
    var options = new BenchArguments(args.Skip(1));
    return args.FirstOrDefault() switch
    {
        "generate" => Generate(options),
        "listen" => await StoreScp.RunAsync(options),
        "send" => await StoreScu.RunAsync(options),
        "pipe-listen" => await LoopbackPipe.ListenAsync(options),
        "pipe-send" => await LoopbackPipe.SendAsync(options),
        var verb => Usage(verb),
    };
}
catch (Exception error) when (error is ArgumentException or IOException or TimeoutException or ConformanceHarness.Dicom.DicomFormatException
    or ConformanceHarness.Dicom.Network.Association.DicomAssociationException or System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}

static int Generate(BenchArguments options)
{
    var folder = options.Text("out");
    var count = options.Number("count", 1000);
    var marker = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + ".complete";
    if (File.Exists(marker) && File.ReadAllText(marker) == count.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Console.WriteLine($"{count} instances already in {folder}");
        return 0;
    }
    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    SyntheticCt.Generate(folder, count);
    File.WriteAllText(marker, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{count} instances written to {folder}");
    return 0;
}

static int Usage(string? verb)
{
    Console.Error.WriteLine($"unknown verb '{verb}': generate, listen, send, pipe-listen or pipe-send (see Program.cs)");
    return 2;
}
