using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ValueFirst.Web.Components.Account;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Imports;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Extensions;

/// <summary>The one composition root: every service the app uses is registered from here.</summary>
public static class ApplicationServiceExtensions
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<ValueFirstOptions>()
            .Bind(configuration.GetSection(ValueFirstOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = configuration.GetSection(ValueFirstOptions.Section).Get<ValueFirstOptions>() ?? new ValueFirstOptions();
        var paths = new AppPaths(builder.Environment.ContentRootPath, options);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);

        builder.AddDatabase(paths);
        builder.AddIdentity(options);
        builder.AddBackgroundJobs();

        services.AddScoped<CurrentUser>();
        services.AddContent(configuration);
        services.AddEmail(configuration);
        services.AddSchedule();
        services.AddReminders(configuration);
        services.AddContacts(configuration);
        services.AddLedger();
        services.AddRelationships(configuration);
        services.AddSessions(configuration);
        services.AddImports();
        services.AddDiagnostics(configuration);
        services.AddRequestLimits(configuration);
    }

    private static void AddIdentity(this WebApplicationBuilder builder, ValueFirstOptions options)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = IdentityConstants.ApplicationScheme;
                auth.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization();

        services.AddIdentityCore<ApplicationUser>(identity =>
            {
                identity.SignIn.RequireConfirmedAccount = options.RequireConfirmedAccount;
                identity.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Identity's other defaults stay (a digit, lower and upper case, a symbol); 8 is NIST's minimum length.
                identity.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddUserStore<ApplicationUserStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddScoped<IEmailSender<ApplicationUser>, IdentityMailSender>();
        services.AddScoped<FirstUserAdmin>();
        // Every HTTP request checks the cookie's security stamp (one indexed query), so a cookie copied
        // before sign-out (which changes the stamp) stops working at once instead of after 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, EveryRequestStampValidator>());
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    private static void AddBackgroundJobs(this WebApplicationBuilder builder)
    {
        // Hangfire.AspNetCore's activator gives every job its own DI scope (and so its own DbContext).
        // Registered per host (as is the JobStorage, see AddDatabase): Hangfire's static defaults are
        // shared by every host in the process, and tests run several at once.
        builder.Services.AddSingleton<JobActivator>(provider =>
            new Hangfire.AspNetCore.AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostBoundHangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        builder.Services.AddHangfireServer();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapContentEndpoints();
        app.MapLedgerEndpoints();
        app.MapContactEndpoints();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new SignedInDashboardFilter()],
            IsReadOnlyFunc = SignedInDashboardFilter.IsReadOnly,
            DisplayStorageConnectionString = false,
        });
    }
}
