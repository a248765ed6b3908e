using TipLine.Domain.Tips;

namespace TipLine.Domain.Tests.Tips;

public sealed class TipTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    private static Tip NewTip() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Day, "age1tipkey", "age1whistleblower", [1, 2, 3], new byte[64]);

    [Fact]
    public void The_acknowledgement_day_is_set_once_and_never_moves()
    {
        var tip = NewTip();

        tip.Acknowledge(Day.AddDays(2));
        tip.Acknowledge(Day.AddDays(5));

        Assert.Equal(Day.AddDays(2), tip.AcknowledgedOn);
        Assert.Equal(TipStatus.Acknowledged, tip.Status);
    }

    [Fact]
    public void Destroying_a_tip_drops_its_ciphertext_and_it_can_no_longer_join_a_case()
    {
        var tip = NewTip();

        tip.MarkDestroyed();

        Assert.Empty(tip.AnswersCiphertext);
        Assert.Equal(TipStatus.Destroyed, tip.Status);
        Assert.Throws<InvalidOperationException>(() => tip.AttachToCase(Guid.NewGuid()));
        tip.MarkClosed();
        Assert.Equal(TipStatus.Destroyed, tip.Status);
    }

    [Fact]
    public void A_staff_key_wrap_must_name_its_user_and_other_wraps_must_not()
    {
        Assert.Throws<ArgumentException>(() => new TipKeyWrap(Guid.NewGuid(), Guid.NewGuid(), KeyWrapHolder.StaffUser, null, null, "age1x", [1]));
        Assert.Throws<ArgumentException>(() => new TipKeyWrap(Guid.NewGuid(), Guid.NewGuid(), KeyWrapHolder.Whistleblower, Guid.NewGuid(), null, "age1x", [1]));
        var wrap = new TipKeyWrap(Guid.NewGuid(), Guid.NewGuid(), KeyWrapHolder.Whistleblower, null, null, "age1x", [1]);
        Assert.Null(wrap.StaffUserId);
    }

    [Fact]
    public void The_receipt_index_holds_exactly_a_SHA256_digest()
    {
        Assert.Throws<ArgumentException>(() => new ReceiptIndexEntry(new byte[31], Guid.NewGuid()));
        Assert.Throws<ArgumentException>(() => new ReceiptIndexEntry(new byte[33], Guid.NewGuid()));
        Assert.Equal(32, new ReceiptIndexEntry(new byte[32], Guid.NewGuid()).LookupHash.Length);
    }
}
