namespace TipLine.Web.Tests.Durability;

/// <summary>
/// The crash test restarts a server process many times and races its kills against request timing; it runs alone,
/// after the parallel collections, so other tests neither slow it down nor are slowed down by it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashTestCollection
{
    public const string Name = "Crash tests (alone)";
}
