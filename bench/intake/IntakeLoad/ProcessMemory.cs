using System.Globalization;

namespace TipLine.Bench.Intake;

/// <summary>Resident memory of another process, from Linux's /proc/&lt;pid&gt;/status.</summary>
public static class ProcessMemory
{
    /// <summary>VmRSS (resident now) and VmHWM (highest resident since start or since the last <see cref="TryResetPeak"/>), in KiB.</summary>
    public static MemoryStatus Read(int pid)
    {
        long rss = -1, hwm = -1;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kibibytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kibibytes(line);
            }
        }

        return rss < 0 || hwm < 0 ? throw new BenchException($"/proc/{pid}/status has no VmRSS/VmHWM") : new MemoryStatus(rss, hwm);
    }

    /// <summary>
    /// Sets VmHWM back to the current VmRSS (writing 5 to clear_refs, Linux 4.0+), so the peak measured afterwards
    /// belongs to the upload and not to start-up. False when the kernel or permissions do not allow it.
    /// </summary>
    public static bool TryResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long Kibibytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], NumberStyles.Integer, CultureInfo.InvariantCulture);
}
