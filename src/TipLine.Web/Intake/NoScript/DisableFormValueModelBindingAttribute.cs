using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TipLine.Web.Intake.NoScript;

/// <summary>
/// Stops MVC from buffering a form before the handler runs: the no-JavaScript handlers stream the multipart body
/// themselves, so plaintext files never land in a temporary file.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class DisableFormValueModelBindingAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
