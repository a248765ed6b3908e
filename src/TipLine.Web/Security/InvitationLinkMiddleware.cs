namespace TipLine.Web.Security;

/// <summary>
/// Takes the invitation token out of /office/join/{token} before any later middleware sees the path: static files and
/// routing log request paths at debug level, and the token is a bearer secret that creates an account. The page reads
/// it from <see cref="TokenOf"/>; the path it is routed on is plain /office/join.
/// </summary>
internal sealed class InvitationLinkMiddleware(RequestDelegate next)
{
    public const string JoinPath = "/office/join";

    private const string TokenItem = "tipline:invitation-token";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is not null && path.Length > JoinPath.Length + 1 && path.StartsWith(JoinPath + "/", StringComparison.OrdinalIgnoreCase))
        {
            context.Items[TokenItem] = path[(JoinPath.Length + 1)..];
            context.Request.Path = JoinPath;
        }

        return next(context);
    }

    public static string TokenOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[TokenItem] as string ?? string.Empty;
    }
}
