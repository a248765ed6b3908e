using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>The page's console messages and uncaught errors, written to the test output when a journey fails.</summary>
internal sealed class PageConsole
{
    private readonly Lock gate = new();
    private readonly List<string> lines = [];

    private PageConsole()
    {
    }

    public static PageConsole Attach(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var console = new PageConsole();
        page.Console += (_, message) => console.Add($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"uncaught: {error}");
        return console;
    }

    public void WriteTo(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        lock (gate)
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }
        }
    }

    private void Add(string line)
    {
        lock (gate)
        {
            lines.Add(line);
        }
    }
}
