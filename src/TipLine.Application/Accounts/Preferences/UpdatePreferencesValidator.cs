using System.Net.Mail;
using TipLine.Application.Validation;
using TipLine.Domain.Channels;

namespace TipLine.Application.Accounts.Preferences;

public sealed class UpdatePreferencesValidator : IValidator<UpdatePreferences>
{
    private const int LongestEmail = 200;

    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(UpdatePreferences request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (!Channel.IsSupportedLanguage(request.Language ?? string.Empty))
        {
            problems.Add(new(nameof(request.Language), "account.language.unsupported"));
        }

        var email = request.NotificationEmail?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > LongestEmail || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            problems.Add(new(nameof(request.NotificationEmail), "account.email.invalid"));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}
