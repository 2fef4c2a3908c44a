using System.Net;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Account;

public sealed class LoginTests(RejectedAppFactory app) : IClassFixture<RejectedAppFactory>
{
    [Fact]
    public async Task TheRightPasswordSignsInAndRedirectsHome()
    {
        await app.CreateUserAsync("login-ok@example.com");
        using var client = app.CreateBrowserClient();

        var response = await AccountForms.PostLoginAsync(client, "login-ok@example.com", RejectedAppFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectTarget()?.PathAndQuery);
        Assert.True(response.SetsSignInCookie());
    }

    [Fact]
    public async Task AWrongPasswordShowsAnErrorAndDoesNotSignIn()
    {
        await app.CreateUserAsync("login-wrong@example.com");
        using var client = app.CreateBrowserClient();

        var response = await AccountForms.PostLoginAsync(client, "login-wrong@example.com", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Invalid login attempt.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.SetsSignInCookie());
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        await app.CreateUserAsync("login-locked@example.com");
        using var client = app.CreateBrowserClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await AccountForms.PostLoginAsync(client, "login-locked@example.com", $"guess-{attempt}");
            Assert.False(await app.IsLockedOutAsync("login-locked@example.com"));
        }

        var fifth = await AccountForms.PostLoginAsync(client, "login-locked@example.com", "guess-5");

        Assert.True(await app.IsLockedOutAsync("login-locked@example.com"));
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.Equal("/Account/Lockout", fifth.RedirectTarget()?.AbsolutePath);

        // Even the right password is turned away while the lock lasts.
        var right = await AccountForms.PostLoginAsync(client, "login-locked@example.com", RejectedAppFactory.Password);
        Assert.Equal("/Account/Lockout", right.RedirectTarget()?.AbsolutePath);
        Assert.False(right.SetsSignInCookie());
    }
}
