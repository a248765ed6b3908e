using TipLine.Domain.Staff;

namespace TipLine.Application.Authorization;

/// <summary>
/// Staff holding at least one of the listed roles may send this request. Several attributes on one request must
/// all be satisfied. A request with no access attribute at all is refused to everyone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RequiresRoleAttribute : Attribute
{
    public RequiresRoleAttribute(params StaffRoles[] anyOf)
    {
        ArgumentNullException.ThrowIfNull(anyOf);
        if (anyOf.Length == 0 || anyOf.Any(role => role == StaffRoles.None))
        {
            throw new ArgumentException("Name at least one real role.", nameof(anyOf));
        }

        AnyOf = anyOf;
    }

    public IReadOnlyList<StaffRoles> AnyOf { get; }
}
