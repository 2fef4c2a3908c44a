namespace Rejected.Web.Tests.Support;

public static class HttpResponseExtensions
{
    private static readonly Uri Host = new("http://localhost/");

    /// <summary>Where a redirect points, as an absolute URI on the test host.</summary>
    public static Uri? RedirectTarget(this HttpResponseMessage response) =>
        response.Headers.Location is { } location ? new Uri(Host, location) : null;

    /// <summary>Whether the response signs the user in (sets Identity's application cookie).</summary>
    public static bool SetsSignInCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
}
