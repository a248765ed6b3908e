using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Application.DependencyInjection;
using TipLine.Application.Transactions;
using TipLine.Application.Validation;

namespace TipLine.Web.Hosting;

/// <summary>The source-generated mediator with the use-case pipeline in its fixed order.</summary>
internal static class MediatorRegistration
{
    public static IServiceCollection AddTipLineUseCases(this IServiceCollection services)
    {
        services.AddTipLineApplication();

        // Written out literally: the source generator reads this list at compile time.
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(AuditLog)];
            options.PipelineBehaviors =
            [
                typeof(AuthorizationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(TransactionBehaviour<,>),
                typeof(AuditBehaviour<,>),
            ];
        });
        return services;
    }
}
