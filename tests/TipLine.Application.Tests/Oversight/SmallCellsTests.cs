using TipLine.Application.Statistics;

namespace TipLine.Application.Tests.Oversight;

public sealed class SmallCellsTests
{
    private const CellSuppression Shown = CellSuppression.None;
    private const CellSuppression Small = CellSuppression.BelowThreshold;
    private const CellSuppression Withheld = CellSuppression.Complementary;

    [Fact]
    public void CountsOfFiveOrMoreAreShownAndOneToFourAreNot()
    {
        Assert.Equal([Shown, Small, Small, Small, Small, Shown, Shown], SolveUnrelated(0, 1, 2, 3, 4, 5, 120));
    }

    [Fact]
    public void ALoneSmallCellInATotalledColumnTakesTheSmallestOtherCellThatHidesIt()
    {
        Assert.Equal([Small, Withheld, Shown], SolveColumn(2, 10, 20));
    }

    [Fact]
    public void AComplementaryCellTooCloseToFiveWouldStillPinTheSmallOneSoALargerOneIsTaken()
    {
        // Withholding the 5 would tell a reader that 1 + 5 = 6 and "5+" is at least 5, so "<5" is exactly 1.
        Assert.Equal([Small, Shown, Shown, Withheld], SolveColumn(1, 5, 6, 30));
    }

    [Fact]
    public void TwoSmallCellsThatAddUpToTooLittleAreProtectedByAThird()
    {
        // 1 + 1 = 2 published by the total would make both exactly 1.
        Assert.Equal([Small, Small, Withheld, Shown], SolveColumn(1, 1, 9, 40));
    }

    [Fact]
    public void ZerosAreNeverWithheld()
    {
        Assert.Equal([Shown, Small, Withheld, Shown], SolveColumn(0, 3, 12, 30));
    }

    [Fact]
    public void AColumnWithoutSmallCellsIsShownWhole()
    {
        Assert.Equal([Shown, Shown, Shown], SolveColumn(5, 6, 70));
    }

    [Fact]
    public void ACellWithheldForOneRelationIsProtectedInItsOtherRelationsToo()
    {
        // Two months of two keys and their years: March of key A is small; its column and its row both need a partner.
        var cells = new SmallCells();
        var aFebruary = cells.Add(20);
        var aMarch = cells.Add(2);
        var aYear = cells.Add(22);
        var bFebruary = cells.Add(15);
        var bMarch = cells.Add(9);
        var bYear = cells.Add(24);
        cells.Relate([(aFebruary, 1), (aMarch, 1), (aYear, -1)]);
        cells.Relate([(bFebruary, 1), (bMarch, 1), (bYear, -1)]);
        cells.Relate([(aFebruary, 1), (bFebruary, 1)]);
        cells.Relate([(aMarch, 1), (bMarch, 1)]);
        cells.Relate([(aYear, 1), (bYear, 1)]);

        var solved = cells.Solve();

        // A's row takes February, which leaves February's column with one withheld cell, so B's February goes too.
        Assert.Equal([Withheld, Small, Shown, Withheld, Withheld, Shown], solved);
        AssertNoRelationHasExactlyOneWithheld(solved, [[aFebruary, aMarch, aYear], [bFebruary, bMarch, bYear], [aFebruary, bFebruary], [aMarch, bMarch], [aYear, bYear]]);
    }

    private static IReadOnlyList<CellSuppression> SolveUnrelated(params long[] values)
    {
        var cells = new SmallCells();
        foreach (var value in values)
        {
            cells.Add(value);
        }

        return cells.Solve();
    }

    private static IReadOnlyList<CellSuppression> SolveColumn(params long[] values)
    {
        var cells = new SmallCells();
        var items = values.Select(cells.Add).ToList();
        cells.Relate(items.Select(item => (item, 1)));
        return cells.Solve();
    }

    private static void AssertNoRelationHasExactlyOneWithheld(IReadOnlyList<CellSuppression> solved, int[][] relations)
    {
        Assert.All(relations, relation => Assert.NotEqual(1, relation.Count(item => solved[item] != Shown)));
    }
}
