using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Intake.SubmitTip;

/// <summary>
/// Stores one tip, already encrypted (by the browser, or by the web layer on the no-JavaScript path): answers and
/// files are age files to <see cref="TipRecipient"/>; <see cref="Wraps"/> hold the tip key for every channel recipient
/// and for <see cref="WhistleblowerRecipient"/>. <see cref="LookupHash"/> is SHA-256 of the receipt's lookup secret.
/// <see cref="AcknowledgementText"/> is the automatic acknowledgement in the page's language; it is sealed to the tip
/// like any message, so the language is not stored in the clear.
/// Not audited on purpose: an audit entry carries an exact time, and a whistleblower's must not be kept (ADR 0017).
/// </summary>
[AllowWhistleblower]
public sealed record SubmitTip(
    string ChannelSlug,
    string TipRecipient,
    string WhistleblowerRecipient,
    byte[] LookupHash,
    byte[] AnswersCiphertext,
    IReadOnlyList<ClientKeyWrap> Wraps,
    IReadOnlyList<UploadedCiphertext> Files,
    string AcknowledgementText) : ICommand<SubmittedTip>;

public sealed record SubmittedTip(Guid TipId);
