using Mediator;
using TipLine.Application.Abstractions;

namespace TipLine.Application.Audit;

/// <summary>Appends the audit entry once the handler has succeeded; sits inside the transaction so both commit together.</summary>
public sealed class AuditBehaviour<TMessage, TResponse>(AuditLog auditLog, ICurrentActor actor) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IAuditedRequest<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(next);
        var response = await next(message, cancellationToken).ConfigureAwait(false);
        await auditLog.AppendAsync(actor.UserId, message.DescribeForAudit(response), cancellationToken).ConfigureAwait(false);
        return response;
    }
}
