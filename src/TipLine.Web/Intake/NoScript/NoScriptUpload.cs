using TipLine.Application.Intake;
using TipLine.Application.Intake.Plaintext;

namespace TipLine.Web.Intake.NoScript;

/// <summary>A file from a plain HTML form, already sealed to the tip key while it streamed in.</summary>
public sealed record NoScriptUpload(AttachmentDescription Description, UploadedCiphertext Ciphertext);
