using TipLine.Crypto.Passwords;

namespace TipLine.Application.Staff;

/// <summary>
/// The Argon2id costs of new staff password hashes and password wraps. The application registers the production
/// default; a host may register other costs before it (tests register cheap ones so that enrolment stays fast).
/// </summary>
public sealed record StaffPasswordCosts(Argon2idParameters Parameters);
