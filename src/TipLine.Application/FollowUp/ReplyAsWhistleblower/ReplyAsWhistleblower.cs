using Mediator;
using TipLine.Application.Authorization;
using TipLine.Application.Intake;

namespace TipLine.Application.FollowUp.ReplyAsWhistleblower;

/// <summary>
/// The whistleblower answers: <see cref="BodyCiphertext"/> is the message as an age file to the tip's recipient
/// (browser- or server-encrypted), with files likewise. <see cref="TipId"/> comes only from the follow-up session.
/// Not audited, for the same reason as intake (ADR 0017).
/// </summary>
[AllowWhistleblower]
public sealed record ReplyAsWhistleblower(Guid TipId, byte[] BodyCiphertext, IReadOnlyList<UploadedCiphertext> Files) : ICommand<Guid>;
