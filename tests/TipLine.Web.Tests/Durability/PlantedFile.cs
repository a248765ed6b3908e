namespace TipLine.Web.Tests.Durability;

/// <summary>A file a simulated whistleblower attaches: random bytes, so only the real content can match its hash later.</summary>
internal sealed record PlantedFile(string Name, string MediaType, byte[] Content);
