using Microsoft.AspNetCore.Identity;

namespace ValueFirst.Web.Data;

public class ApplicationUser : IdentityUser
{
}
