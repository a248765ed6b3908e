using Mediator;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Authorization;

/// <summary>First step of every pipeline: refuses the request before anything else sees it unless the actor is allowed.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentActor actor) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    // Read per closed generic type, so reflection runs once per request type.
    private static readonly AccessRule Rule = AccessRule.For(typeof(TMessage));

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        Rule.Demand(actor);
        return next(message, cancellationToken);
    }
}
