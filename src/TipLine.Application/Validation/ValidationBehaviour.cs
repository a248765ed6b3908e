using Mediator;
using TipLine.Application.Errors;

namespace TipLine.Application.Validation;

/// <summary>Runs every validator registered for the request and refuses it with all problems at once, before any change is made.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var problems = new List<ValidationProblem>();
        foreach (var validator in validators)
        {
            problems.AddRange(await validator.ValidateAsync(message, cancellationToken).ConfigureAwait(false));
        }

        if (problems.Count > 0)
        {
            throw new RequestValidationException(typeof(TMessage).Name, problems);
        }

        return await next(message, cancellationToken).ConfigureAwait(false);
    }
}
