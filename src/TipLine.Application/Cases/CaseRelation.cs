namespace TipLine.Application.Cases;

/// <summary>How the actor's organisation stands to a case it can see.</summary>
public enum CaseRelation
{
    /// <summary>The intake organisation that opened the case.</summary>
    Owner = 1,

    /// <summary>An organisation the case is routed to.</summary>
    Routed = 2,
}
