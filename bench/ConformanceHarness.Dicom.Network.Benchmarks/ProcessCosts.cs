using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary>What this process spent, for telling a slow run on a busy machine from a costly one: CPU time, bytes
/// allocated, garbage collections, JIT, thread pool work items and (Linux) context switches and page faults. All but
/// the CPU time hardly depend on the machine's load.</summary>
internal static class ProcessCosts
{
    public static string Describe()
    {
        using var process = Process.GetCurrentProcess();
        return $"cpu {process.UserProcessorTime.TotalSeconds:0.00} s user + {process.PrivilegedProcessorTime.TotalSeconds:0.00} s system, " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1_000_000.0:0} MB, GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
            $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00} s, " +
            $"thread pool work items {ThreadPool.CompletedWorkItemCount}{ResourceUsage()}";
    }

    /// <summary>getrusage(RUSAGE_SELF), all threads: minor page faults and voluntary + involuntary context switches.</summary>
    private static string ResourceUsage()
    {
        if (!OperatingSystem.IsLinux()) return "";
        var usage = new long[18]; // struct rusage on 64-bit Linux: two timevals, then 14 longs
        return GetResourceUsage(0, usage) == 0 ? $", page faults {usage[8]}, context switches {usage[16]}+{usage[17]}" : "";
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [Out] long[] usage);
}
