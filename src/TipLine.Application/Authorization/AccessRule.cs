using System.Reflection;
using TipLine.Application.Abstractions;
using TipLine.Application.Errors;

namespace TipLine.Application.Authorization;

/// <summary>The access attributes declared on one request type, read once and enforced on every send.</summary>
public sealed class AccessRule
{
    private readonly Type requestType;
    private readonly bool allowsWhistleblowers;
    private readonly IReadOnlyList<RequiresRoleAttribute> roleRequirements;

    private AccessRule(Type requestType, bool allowsWhistleblowers, IReadOnlyList<RequiresRoleAttribute> roleRequirements)
    {
        this.requestType = requestType;
        this.allowsWhistleblowers = allowsWhistleblowers;
        this.roleRequirements = roleRequirements;
    }

    public static AccessRule For(Type requestType)
    {
        ArgumentNullException.ThrowIfNull(requestType);
        var allowsWhistleblowers = requestType.GetCustomAttribute<AllowWhistleblowerAttribute>(inherit: false) is not null;
        var roles = requestType.GetCustomAttributes<RequiresRoleAttribute>(inherit: false).ToArray();
        if (allowsWhistleblowers && roles.Length > 0)
        {
            throw new InvalidOperationException($"{requestType.Name} is both open to whistleblowers and role-restricted; choose one.");
        }

        return new AccessRule(requestType, allowsWhistleblowers, roles);
    }

    /// <summary>Throws unless the actor may send the request; a request declaring no rule is refused (fail closed).</summary>
    public void Demand(ICurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (allowsWhistleblowers)
        {
            return;
        }

        if (roleRequirements.Count == 0)
        {
            throw new ForbiddenException(requestType.Name, "The use case declares no access rule, so nobody may use it.");
        }

        if (actor.UserId is null)
        {
            throw new UnauthenticatedException(requestType.Name);
        }

        foreach (var requirement in roleRequirements)
        {
            if (!requirement.AnyOf.Any(role => (actor.Roles & role) == role))
            {
                throw new ForbiddenException(requestType.Name, $"Requires one of: {string.Join(", ", requirement.AnyOf)}.");
            }
        }
    }
}
