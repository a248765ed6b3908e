namespace TipLine.Domain.Cases;

/// <summary>
/// The shipment methods triage records, as stable keys (pages translate them); a fixed list so statistics can count
/// cases per method instead of per spelling.
/// </summary>
public static class ShipmentMethods
{
    public const string Post = "post";
    public const string Courier = "courier";
    public const string AirCargo = "air-cargo";
    public const string SeaCargo = "sea-cargo";
    public const string Road = "road";
    public const string HandLuggage = "hand-luggage";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Post, Courier, AirCargo, SeaCargo, Road, HandLuggage, Other];

    public static bool IsKnown(string? method) => method is not null && All.Contains(method, StringComparer.Ordinal);
}
