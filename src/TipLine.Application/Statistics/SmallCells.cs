namespace TipLine.Application.Statistics;

/// <summary>
/// Small-cell suppression with complementary suppression over linked counts (ADR 0020). Each count is an item; a
/// relation says that a signed sum of items is published or derivable (a column adding up to the period's total, months
/// adding up to the year). Items from 1 to <see cref="Threshold"/> - 1 are withheld ("&lt;5"). Then, relation by relation,
/// more items are withheld ("5+") until no relation lets a reader pin a withheld item: none holds exactly one withheld
/// item, and every "&lt;5" item can still be anything from 1 to 4 given what the relation publishes. Zeros are never
/// withheld: a count of zero singles nobody out.
/// </summary>
public sealed class SmallCells
{
    public const int Threshold = 5;

    private readonly List<long> values = [];
    private readonly List<IReadOnlyList<Term>> relations = [];
    private readonly List<List<int>> relationsOfItem = [];

    /// <summary>Adds a count and returns its item number.</summary>
    public int Add(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        values.Add(value);
        relationsOfItem.Add([]);
        return values.Count - 1;
    }

    /// <summary>Declares that the sum of <paramref name="terms"/> (each item counted +1 or -1) is known to the reader.</summary>
    public void Relate(IEnumerable<(int Item, int Sign)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var relation = terms.Select(t => new Term(t.Item, t.Sign)).ToList();
        if (relation.Any(t => t.Sign is not (1 or -1)) || relation.Select(t => t.Item).Distinct().Count() != relation.Count)
        {
            throw new ArgumentException("Each item appears once in a relation, with sign +1 or -1.", nameof(terms));
        }

        if (relation.Count < 2)
        {
            // A relation of one item would say that item is published anyway; nothing to protect through it.
            return;
        }

        relations.Add(relation);
        foreach (var term in relation)
        {
            relationsOfItem[term.Item].Add(relations.Count - 1);
        }
    }

    /// <summary>Decides which items are withheld, and why; indexed by item number.</summary>
    public IReadOnlyList<CellSuppression> Solve()
    {
        var state = values.Select(v => v is > 0 and < Threshold ? CellSuppression.BelowThreshold : CellSuppression.None).ToArray();
        var pending = new Queue<int>(Enumerable.Range(0, relations.Count));
        var queued = Enumerable.Repeat(true, relations.Count).ToArray();
        while (pending.TryDequeue(out var index))
        {
            queued[index] = false;
            var relation = relations[index];
            if (IsProtected(relation, state, extra: null))
            {
                continue;
            }

            var candidates = relation
                .Where(t => state[t.Item] == CellSuppression.None && values[t.Item] > 0)
                .OrderBy(t => values[t.Item])
                .ThenBy(t => t.Item)
                .ToList();
            if (candidates.Count == 0)
            {
                // Everything here is withheld or zero already: nothing more to hide in this relation.
                continue;
            }

            // Among the items that protect the relation on their own, the one that exposes the fewest other relations
            // (a cell alone with its total there would force its total out too), then the smallest; if no single item
            // protects it, the largest, and look again.
            var chosen = candidates
                .Where(c => IsProtected(relation, state, c.Item))
                .OrderBy(c => Exposed(c.Item, index, state))
                .ThenBy(c => values[c.Item])
                .FirstOrDefault() ?? candidates[^1];
            state[chosen.Item] = CellSuppression.Complementary;
            foreach (var affected in relationsOfItem[chosen.Item])
            {
                if (!queued[affected])
                {
                    queued[affected] = true;
                    pending.Enqueue(affected);
                }
            }
        }

        return state;
    }

    // How many protected relations of the item, other than the one being fixed, withholding it would leave unprotected.
    private int Exposed(int item, int fixing, CellSuppression[] state) =>
        relationsOfItem[item].Count(other => other != fixing
            && IsProtected(relations[other], state, extra: null)
            && !IsProtected(relations[other], state, item));

    // A reader knows the signed sum of the withheld items (the relation's published total minus its published items)
    // and that "<5" means 1..4 and "5+" means at least 5. Protected: not exactly one withheld item, and each "<5" item
    // can still take every value from 1 to 4.
    private bool IsProtected(IReadOnlyList<Term> relation, CellSuppression[] state, int? extra)
    {
        var withheld = relation.Where(t => state[t.Item] != CellSuppression.None || t.Item == extra).ToList();
        if (withheld.Count == 0)
        {
            return true;
        }

        if (withheld.Count == 1)
        {
            return false;
        }

        double known = withheld.Sum(t => t.Sign * (double)values[t.Item]);
        foreach (var target in withheld.Where(t => state[t.Item] == CellSuppression.BelowThreshold))
        {
            double low = 0;
            double high = 0;
            foreach (var other in withheld.Where(t => t.Item != target.Item))
            {
                var (least, most) = state[other.Item] == CellSuppression.BelowThreshold
                    ? (1d, Threshold - 1d)
                    : (Threshold, double.PositiveInfinity);
                if (other.Sign > 0)
                {
                    low += least;
                    high += most;
                }
                else
                {
                    low -= most;
                    high -= least;
                }
            }

            var (targetLow, targetHigh) = target.Sign > 0 ? (known - high, known - low) : (low - known, high - known);
            if (targetLow > 1 || targetHigh < Threshold - 1)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Term(int Item, int Sign);
}
