namespace TipLine.Application.Authorization;

/// <summary>Marks a use case open to anonymous whistleblowers (and therefore to anyone); everything else needs a role.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AllowWhistleblowerAttribute : Attribute
{
}
