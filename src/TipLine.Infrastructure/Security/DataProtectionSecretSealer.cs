using Microsoft.AspNetCore.DataProtection;
using TipLine.Application.Abstractions;

namespace TipLine.Infrastructure.Security;

/// <summary>Seals TOTP seeds with the Data Protection key ring under a purpose of their own.</summary>
public sealed class DataProtectionSecretSealer(IDataProtectionProvider provider) : ISecretSealer
{
    private readonly IDataProtector protector = provider.CreateProtector("TipLine.Staff.SecondFactorSecret.v1");

    public byte[] Seal(ReadOnlySpan<byte> secret) => protector.Protect(secret.ToArray());

    public byte[] Unseal(byte[] sealedSecret) => protector.Unprotect(sealedSecret);
}
