using Microsoft.AspNetCore.Identity;

namespace Rejected.Web.Data;

public sealed class ApplicationUser : IdentityUser
{
}
