using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>The peer and the options every DICOM SCU verb shares (<c>echo</c>, <c>store</c>, <c>find</c>, <c>move</c>, <c>get</c>).</summary>
public static class NetworkOptions
{
    public const string DefaultCallingAeTitle = "HARNESS";
    public const string DefaultCalledAeTitle = "ANY-SCP";

    public static readonly Argument<string> HostArgument = new("host")
    {
        Description = "Host name or IP address of the peer",
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static readonly Argument<int> PortArgument = new("port")
    {
        Description = "TCP port of the peer",
        Validators = { NetworkOptionValidators.Port },
    };

    public static readonly Option<string> CallingAeOption = new("--aet")
    {
        Description = "Calling AE title: this side's",
        DefaultValueFactory = _ => DefaultCallingAeTitle,
        HelpName = "AE",
        Validators = { NetworkOptionValidators.AeTitle },
    };

    public static readonly Option<string> CalledAeOption = new("--aec")
    {
        Description = "Called AE title: the peer's",
        DefaultValueFactory = _ => DefaultCalledAeTitle,
        HelpName = "AE",
        Validators = { NetworkOptionValidators.AeTitle },
    };

    public static readonly Option<double> TimeoutOption = new("--timeout")
    {
        Description = "Seconds to wait for each answer of the peer: TLS handshake, A-ASSOCIATE-AC, every DIMSE response, A-RELEASE-RP",
        DefaultValueFactory = _ => 60,
        HelpName = "SECONDS",
        Validators = { NetworkOptionValidators.Seconds },
    };

    public static readonly Option<double> ConnectTimeoutOption = new("--connect-timeout")
    {
        Description = "Seconds to wait for the TCP connection",
        DefaultValueFactory = _ => 10,
        HelpName = "SECONDS",
        Validators = { NetworkOptionValidators.Seconds },
    };

    public static readonly Option<long> MaxPduOption = new("--max-pdu")
    {
        Description = "Largest P-DATA-TF this side receives, in bytes (maximum length sub-item; 0 = unlimited)",
        DefaultValueFactory = _ => 1024 * 1024,
        HelpName = "BYTES",
        Validators = { NetworkOptionValidators.MaximumPduLength },
    };

    public static readonly Option<string> EvidenceOption = new("--evidence")
    {
        Description = "Record every network event (connections, association negotiation, DIMSE messages) in a new hash-chained " +
            "evidence log, one JSON object a line (check it with harness evidence verify)",
        HelpName = "FILE",
    };

    /// <summary>A command with the peer arguments, the shared options and the TLS options, in that order.</summary>
    public static Command Create(string name, string description)
    {
        var command = new Command(name, description) { HostArgument, PortArgument };
        foreach (var option in Shared.Concat(TlsOptions.All)) command.Options.Add(option);
        return command;
    }

    public static IReadOnlyList<Option> Shared { get; } =
        [CallingAeOption, CalledAeOption, TimeoutOption, ConnectTimeoutOption, MaxPduOption, EvidenceOption];
}
