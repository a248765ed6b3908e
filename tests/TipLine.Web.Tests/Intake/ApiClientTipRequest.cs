namespace TipLine.Web.Tests.Intake;

/// <summary>
/// The body of POST /api/intake/submissions/{submission}/tip (ADR 0017), serialised with web (camelCase) names.
/// A record, so the bad-input tests can spoil exactly one field with <c>with</c>.
/// </summary>
internal sealed record ApiClientTipRequest(
    string TipRecipient,
    string WhistleblowerRecipient,
    string LookupHash,
    string Answers,
    IReadOnlyList<ApiClientWrap> Wraps,
    IReadOnlyList<string> Files);
