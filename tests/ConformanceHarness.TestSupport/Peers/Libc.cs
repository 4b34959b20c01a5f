using System.ComponentModel;
using System.Runtime.InteropServices;

using Microsoft.Win32.SafeHandles;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>The few Linux calls .NET does not wrap: setns(2), kill(2) with a chosen signal, geteuid(2).</summary>
internal static class Libc
{
    /// <summary>setns(2) nstype: the descriptor must refer to a network namespace.</summary>
    public const int CloneNewNet = 0x40000000;

    public const int SigTerm = 15;

    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>Moves the calling thread (only it) into the network namespace <paramref name="handle"/> refers to.</summary>
    public static void EnterNetworkNamespace(SafeFileHandle handle, string path)
    {
        if (setns((int)handle.DangerousGetHandle(), CloneNewNet) != 0)
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"setns({path}, CLONE_NEWNET) failed");
    }

    /// <summary>Sends SIGTERM; false when the process is already gone.</summary>
    public static bool Terminate(int pid) => kill(pid, SigTerm) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int setns(int fd, int nstype);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc")]
    private static extern uint geteuid();
}
