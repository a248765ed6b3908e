using Microsoft.AspNetCore.DataProtection;

namespace TipLine.Web.Security;

/// <summary>
/// Uses the Data Protection key ring at start-up and daily, so its keys are created and rolled over at those times
/// and not lazily inside someone's request: a key's creation date would otherwise record the moment a whistleblower
/// first logged in with a receipt.
/// </summary>
public sealed class KeyRingWarmUp(IDataProtectionProvider dataProtection)
{
    public void Run() => _ = dataProtection.CreateProtector("TipLine.KeyRingWarmUp").Protect([0]);
}
