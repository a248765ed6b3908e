using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Audit;

namespace TipLine.Application.Transactions;

/// <summary>
/// Runs commands (and audited requests, whose audit entry is a write) in one database transaction: handler, audit
/// entry and SaveChanges commit together or not at all. Plain queries pass straight through.
/// A nested send joins the outer transaction, which saves and commits once.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(ITipLineDatabase database) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly bool Writes = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage))
        || typeof(TMessage).GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuditedRequest<>));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (!Writes)
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }

        var transaction = await database.BeginTransactionIfNoneAsync(cancellationToken).ConfigureAwait(false);
        if (transaction is null)
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }

        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                var response = await next(message, cancellationToken).ConfigureAwait(false);
                await database.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return response;
            }
            catch
            {
                // Rollback must happen even when the caller's token is what cancelled us.
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                DiscardPendingChanges();
                throw;
            }
        }
    }

    // A failed use case must not leave tracked changes that a later SaveChanges on the same context would write.
    private void DiscardPendingChanges()
    {
        if (database is DbContext context)
        {
            context.ChangeTracker.Clear();
        }
    }
}
