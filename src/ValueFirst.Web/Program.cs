using ValueFirst.Web.Components;
using ValueFirst.Web.Extensions;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    .AcceptDraftSizedMessages(builder.Configuration);
builder.AddApplicationServices();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseMigrationsEndPoint();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.MigrateDatabase();

app.UseSecurityHeaders();
app.UseRequestZones();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    // Our own Content-Security-Policy already forbids framing; one policy header is easier to reason about.
    .AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
app.MapAdditionalIdentityEndpoints();
app.MapApplicationEndpoints();

app.Run();

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
