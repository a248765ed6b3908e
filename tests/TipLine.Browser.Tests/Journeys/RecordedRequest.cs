namespace TipLine.Browser.Tests.Journeys;

/// <summary>One request as Chromium sent it; <see cref="Body"/> is null when it had none.</summary>
internal sealed record RecordedRequest(string Method, Uri Url, byte[]? Body);
