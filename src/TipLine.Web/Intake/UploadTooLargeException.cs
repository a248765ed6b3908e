namespace TipLine.Web.Intake;

/// <summary>An upload went past its channel's size limit; the request is refused and the partial blob deleted.</summary>
public sealed class UploadTooLargeException : Exception
{
    public UploadTooLargeException()
        : base("The upload is larger than this channel accepts.")
    {
    }

    public UploadTooLargeException(string message)
        : base(message)
    {
    }

    public UploadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
