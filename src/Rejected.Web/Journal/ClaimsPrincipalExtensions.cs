using System.Security.Claims;

namespace Rejected.Web.Journal;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id; throws when there is none, since journal code only runs behind [Authorize].</summary>
    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No signed-in user.");
}
