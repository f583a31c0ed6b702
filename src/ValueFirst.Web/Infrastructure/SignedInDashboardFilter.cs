using Hangfire.Dashboard;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Hangfire's default filter lets every local request in, and behind a proxy every request looks local;
/// the dashboard is for signed-in users only, and only admins may trigger or delete jobs.
/// </summary>
public sealed class SignedInDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.Identity?.IsAuthenticated == true;

    public static bool IsReadOnly(DashboardContext context) =>
        !context.GetHttpContext().User.IsInRole(FirstUserAdmin.Role);
}
