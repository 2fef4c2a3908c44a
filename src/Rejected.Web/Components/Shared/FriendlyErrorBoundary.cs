using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace Rejected.Web.Components.Shared;

/// <summary>
/// Wraps an interactive page so an unexpected error shows a calm message in place of the page,
/// is logged, and leaves the circuit (and the user's other tabs' work) alive.
/// </summary>
public sealed class FriendlyErrorBoundary : ErrorBoundary
{
    [Inject]
    private ILogger<FriendlyErrorBoundary> Logger { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
        Logger.LogError(exception, "Unhandled error in an interactive page");
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        // data-interactive tells scripts and browser tests when the page has come alive after prerendering.
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "page-root");
        builder.AddAttribute(2, "data-interactive", RendererInfo.IsInteractive ? "true" : "false");
        if (CurrentException is null)
        {
            builder.AddContent(3, ChildContent);
        }
        else
        {
            BuildErrorContent(builder);
        }

        builder.CloseElement();
    }

    private void BuildErrorContent(RenderTreeBuilder builder)
    {
        builder.OpenElement(1, "div");
        builder.AddAttribute(2, "class", "alert alert-danger");
        builder.AddAttribute(3, "role", "alert");
        builder.OpenElement(4, "h2");
        builder.AddAttribute(5, "class", "h4");
        builder.AddContent(6, "Something went wrong on this page");
        builder.CloseElement();
        builder.OpenElement(7, "p");
        builder.AddContent(8, "What you already saved is safe. Try again, or reload the page.");
        builder.CloseElement();
        builder.OpenElement(9, "button");
        builder.AddAttribute(10, "type", "button");
        builder.AddAttribute(11, "class", "btn btn-outline-danger");
        builder.AddAttribute(12, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, Recover));
        builder.AddContent(13, "Try again");
        builder.CloseElement();
        builder.CloseElement();
    }
}
