using System.Globalization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Rejected.Web.Components.Pages.Data;
using Rejected.Web.Hosting;

namespace Rejected.Web.Endpoints;

/// <summary>
/// The request limits of the import form on <see cref="DataPage"/>, set from <see cref="ImportOptions"/> (the server's
/// defaults, 30 MB of body and 128 MB of multipart form, are for other requests).
/// <para>
/// An upload whose declared size is over the limit is refused before the form is read, with a redirect back to the page
/// that says how large the file was. The browser sends the whole body before it reads any reply, and a server that closes
/// the connection early makes it show a network error instead; so a body up to <see cref="DrainFactor"/> times the
/// limit is read and thrown away first, and only a larger one gets a bare 413.
/// </para>
/// Must run before antiforgery validation, which reads the form.
/// </summary>
public static class ImportUploadLimits
{
    /// <summary>Room for the form's other fields (the antiforgery token) and the multipart boundaries around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    private const int DrainFactor = 4;

    public static IApplicationBuilder UseImportUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type != typeof(DataPage))
        {
            await next(context);
            return;
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<ImportOptions>>().Value;
        var requestLimit = limits.MaxUploadBytes + FormOverheadBytes;
        var bodySize = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength is { } length && length > requestLimit)
        {
            if (length > limits.MaxUploadBytes * DrainFactor)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.Response.WriteAsync(limits.TooLargeMessage(length), context.RequestAborted);
                return;
            }

            if (bodySize is { IsReadOnly: false })
            {
                bodySize.MaxRequestBodySize = length;
            }

            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            RedirectTooLarge(context, length);
            return;
        }

        if (bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = requestLimit;
        }

        if (context.Features.Get<IFormFeature>()?.Form is null)
        {
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = requestLimit }));
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // A body sent without its length that turned out too long.
            RedirectTooLarge(context, size: 0);
        }
    });

    // 303: the browser follows with a GET, and the page shows the message.
    private static void RedirectTooLarge(HttpContext context, long size)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = string.Create(CultureInfo.InvariantCulture, $"{context.Request.PathBase}/data?tooLarge={size}");
    }
}
