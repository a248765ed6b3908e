using System.Globalization;

namespace TipLine.Bench.Intake;

/// <summary>
/// CPU time another process has used (user + system, from /proc/&lt;pid&gt;/stat), and the machine's load average.
/// On a shared machine throughput moves with everyone else's load; the server's CPU time per tip moves much less.
/// </summary>
public static class ProcessCpu
{
    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat times; 100 on every Linux architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name, which is in parentheses and may itself hold spaces.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var userTicks = long.Parse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var systemTicks = long.Parse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((userTicks + systemTicks) / TicksPerSecond);
    }

    /// <summary>The one-minute load average of the machine.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture);
}
