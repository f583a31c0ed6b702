using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ValueFirst.Web.Infrastructure;

/// <summary>The signed-in user's id for services in a Blazor circuit or request; every data query is scoped by it.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationState)
{
    public async Task<string> GetIdAsync()
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("No signed-in user: the page should have required authorization.");
    }
}
