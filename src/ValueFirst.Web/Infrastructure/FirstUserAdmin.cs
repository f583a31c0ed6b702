using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Infrastructure;

/// <summary>The first account on a fresh install administers it (e.g. may trigger or delete background jobs).</summary>
public sealed class FirstUserAdmin(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles)
{
    public const string Role = "Admin";

    public async Task ApplyAsync(ApplicationUser user)
    {
        if (await users.Users.CountAsync() != 1)
        {
            return;
        }

        if (!await roles.RoleExistsAsync(Role))
        {
            await roles.CreateAsync(new IdentityRole(Role));
        }

        await users.AddToRoleAsync(user, Role);
    }
}
