using TipLine.Testing.Environment;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>A theory that needs Debian's Chromium at /usr/bin/chromium (the theory twin of <see cref="ChromiumFactAttribute"/>).</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (TestEnvironment.ChromiumPath is null && !TestEnvironment.IsRequired("chromium"))
        {
            Skip = "Chromium is not installed at /usr/bin/chromium (apt-get install chromium; the test command does).";
        }
    }
}
