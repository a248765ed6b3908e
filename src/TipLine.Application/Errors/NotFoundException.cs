namespace TipLine.Application.Errors;

/// <summary>
/// The object does not exist or the actor may not see it. Both give the same answer on purpose, so changing an id in
/// a URL cannot even tell whether another organisation's case exists.
/// </summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : this("object")
    {
    }

    public NotFoundException(string objectType)
        : base($"No such {objectType}, or not visible to this actor.")
    {
        ObjectType = objectType;
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        ObjectType = "object";
    }

    public string ObjectType { get; }
}
