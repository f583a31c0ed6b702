using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Imports;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Contacts;

/// <summary>Creates users and runs the contacts services as one of them, the way a signed-in circuit would.</summary>
internal static class ContactsTestUsers
{
    public static async Task<string> CreateUserAsync(TestApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, AccountSession.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public static async Task<string> UserIdAsync(TestApp app, string email) =>
        await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));

    public static async Task<T> AsUserAsync<T>(this TestApp app, string userId, Func<IServiceProvider, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Test"));
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return await action(scope.ServiceProvider);
    }

    public static Task<ExportImportResult> ImportAsync(this TestApp app, string userId, byte[] file, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        app.AsUserAsync(userId, sp => sp.GetRequiredService<ExportImporter>().ImportAsync(userId, new MemoryStream(file), progress, cancellationToken));

    public static Task<List<Contact>> ContactsOfAsync(this TestApp app, string userId) =>
        app.WithDbAsync(db => Task.FromResult(db.Set<Contact>().Where(c => c.OwnerId == userId).OrderBy(c => c.Id).ToList()));
}
