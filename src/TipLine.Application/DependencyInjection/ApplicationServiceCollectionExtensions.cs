using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TipLine.Application.Audit;
using TipLine.Application.Validation;

namespace TipLine.Application.DependencyInjection;

/// <summary>
/// Registers what the pipeline needs besides the mediator itself. The host must also call the source-generated
/// AddMediator with ServiceLifetime.Scoped, Assemblies including typeof(AuditLog), and PipelineBehaviors in this
/// order: AuthorizationBehaviour, ValidationBehaviour, TransactionBehaviour, AuditBehaviour (written out literally,
/// because the generator reads them at compile time). It must register ITipLineDatabase, ICurrentActor,
/// IStaffSessionKey, ISecretSealer, IBlobStore, IAuditSigner and IAuditSignatureVerifier.
/// </summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddTipLineApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        // Hosts that know a data directory register an imported catalogue first; otherwise the built-in list.
        services.TryAddSingleton(Domain.Catalogue.SpeciesList.BuiltIn);
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<AuditChainVerifier>();
        services.TryAddSingleton<Intake.RecentlyCommittedBlobs>();
        services.TryAddScoped<Intake.OpenChannels>();
        services.TryAddScoped<Access.TipKeys>();
        services.TryAddScoped<Tips.TipAttachmentFiles>();
        services.TryAddSingleton(new Staff.StaffPasswordCosts(Crypto.Passwords.Argon2idParameters.Default));
        services.TryAddScoped<Notifications.NotificationSweep>();
        services.TryAddScoped<Rewards.Deadlines.RewardSweep>();
        services.TryAddScoped<Retention.RetentionSweep>();
        services.TryAddScoped<Retention.StaffSessionSweep>();
        services.TryAddScoped<Accounts.SignIn.PendingSignIn>();
        AddValidators(services);
        return services;
    }

    private static void AddValidators(IServiceCollection services)
    {
        var validatorTypes = typeof(ApplicationServiceCollectionExtensions).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in validatorTypes)
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.TryAddEnumerable(ServiceDescriptor.Scoped(contract, type));
            }
        }
    }
}
