namespace TipLine.Application.Audit;

/// <summary>
/// What the audit log records about a use case: an action name, the kind of object and its id. Never content:
/// no names, text, keys or anything the whistleblower wrote.
/// </summary>
public sealed record AuditedAction
{
    public const int MaximumLength = 100;

    public AuditedAction(string action, string objectType, string? objectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectType);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(action.Length, MaximumLength, nameof(action));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(objectType.Length, MaximumLength, nameof(objectType));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(objectId?.Length ?? 0, MaximumLength, nameof(objectId));
        Action = action;
        ObjectType = objectType;
        ObjectId = objectId;
    }

    /// <summary>Stable, dotted name such as "organisation.create"; auditors search by it.</summary>
    public string Action { get; }

    public string ObjectType { get; }

    public string? ObjectId { get; }
}
