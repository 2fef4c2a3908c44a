using System.Net;
using AngleSharp.Html.Parser;

namespace Rejected.Web.Tests.Support;

/// <summary>Signs in through the app's own log-in form, antiforgery token and all, as a browser would.</summary>
public static class AccountForms
{
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.Forms.Single(f => f.QuerySelector("input[name='_handler'][value='login']") is not null);

        // Every hidden field the form carries (the handler name and the antiforgery token), plus what the user types.
        var fields = form.QuerySelectorAll("input[type='hidden'][name]")
            .Select(input => KeyValuePair.Create(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""))
            .ToList();
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken" && f.Value.Length > 0);
        fields.Add(KeyValuePair.Create("Input.Email", email));
        fields.Add(KeyValuePair.Create("Input.Password", password));

        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : "/Account/Login";
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in and checks it worked: the response redirects and sets the Identity cookie.</summary>
    public static async Task SignInAsync(HttpClient client, string email)
    {
        var response = await PostLoginAsync(client, email, RejectedAppFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(response.SetsSignInCookie());
    }
}
