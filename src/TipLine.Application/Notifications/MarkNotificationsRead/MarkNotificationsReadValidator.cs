using TipLine.Application.Validation;

namespace TipLine.Application.Notifications.MarkNotificationsRead;

public sealed class MarkNotificationsReadValidator : IValidator<MarkNotificationsRead>
{
    public const string NoneChosen = "notifications.none";
    public const string TooMany = "notifications.tooMany";

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(MarkNotificationsRead request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<ValidationProblem> problems = request.NotificationIds switch
        {
            null or { Count: 0 } => [new(nameof(request.NotificationIds), NoneChosen)],
            { Count: > MarkNotificationsRead.MaximumCount } => [new(nameof(request.NotificationIds), TooMany)],
            _ => [],
        };
        return ValueTask.FromResult(problems);
    }
}
