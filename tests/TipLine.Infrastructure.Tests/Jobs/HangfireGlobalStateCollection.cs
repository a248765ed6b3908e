namespace TipLine.Infrastructure.Tests.Jobs;

/// <summary>Hangfire keeps its log provider in static state, set from whichever service provider resolved it last; tests touching it run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class HangfireGlobalStateCollection
{
    public const string Name = "Hangfire global state";
}
