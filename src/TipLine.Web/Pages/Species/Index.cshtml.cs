using Microsoft.AspNetCore.Mvc.RazorPages;
using TipLine.Domain.Catalogue;

namespace TipLine.Web.Pages.Species;

/// <summary>
/// The species catalogue one initial letter at a time, for whistleblowers who want a scientific name while writing a
/// report: the intake form links here when the catalogue (e.g. the imported CITES index) is too large to print inline.
/// A plain page: no JavaScript, no cookie, nothing about the reader is kept.
/// </summary>
public sealed class IndexModel(SpeciesList species) : PageModel
{
    public static IReadOnlyList<char> Letters { get; } = [.. Enumerable.Range('A', 26).Select(c => (char)c)];

    public char Letter { get; private set; } = 'A';

    public IReadOnlyList<CatalogueTaxon> Taxa { get; private set; } = [];

    public void OnGet(string? letter)
    {
        if (letter is { Length: 1 } && char.IsAsciiLetter(letter[0]))
        {
            Letter = char.ToUpperInvariant(letter[0]);
        }

        Taxa = species.StartingWith(Letter);
    }
}
