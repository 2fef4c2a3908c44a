namespace Rejected.Web.Hosting;

/// <summary>Sign-up settings, bound from the "Accounts" section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Lets new people sign up. A server owner can close sign-up once their own account exists.</summary>
    public bool AllowSignUp { get; set; } = true;

    /// <summary>Asks new users to confirm their e-mail before signing in. Off by default: most self-hosted setups have no mail server.</summary>
    public bool RequireConfirmedAccount { get; set; }
}
