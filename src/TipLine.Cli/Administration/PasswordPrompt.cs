namespace TipLine.Cli.Administration;

/// <summary>Reads a new password twice from the terminal without echoing it; null when there is no terminal or they differ.</summary>
internal static class PasswordPrompt
{
    public static string? Read(string label)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        var first = ReadHidden($"{label}: ");
        var second = ReadHidden("Repeat it: ");
        return string.Equals(first, second, StringComparison.Ordinal) ? first : null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var characters = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return characters.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (characters.Length > 0)
                {
                    characters.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                characters.Append(key.KeyChar);
            }
        }
    }
}
