namespace TipLine.Domain.Tips;

/// <summary>Who a tip key wrap was made for.</summary>
public enum KeyWrapHolder
{
    StaffUser = 1,
    Whistleblower = 2,
    Escrow = 3,
}
