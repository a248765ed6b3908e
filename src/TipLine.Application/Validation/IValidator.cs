namespace TipLine.Application.Validation;

/// <summary>Checks one request type before its handler runs; returns every problem found, or none.</summary>
public interface IValidator<in TRequest>
{
    ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(TRequest request, CancellationToken cancellationToken);
}
