using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Components.Account;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Ledger;
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
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateOnStart();

        var options = configuration.GetSection(ValueFirstOptions.Section).Get<ValueFirstOptions>() ?? new ValueFirstOptions();
        var paths = new AppPaths(builder.Environment.ContentRootPath, options);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);

        builder.AddDatabase(paths);
        builder.AddIdentity(options);
        builder.AddBackgroundJobs();

        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database");
        services.AddScoped<CurrentUser>();
        services.AddLedger();
    }

    private static void AddDatabase(this WebApplicationBuilder builder, AppPaths paths)
    {
        var connectionString = builder.Configuration.GetConnectionString("ValueFirst");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={paths.DefaultDatabaseFile}";
        }

        builder.Services.AddDbContext<ApplicationDbContext>(db => db.UseSqlite(connectionString));
        builder.Services.AddDbContextFactory<ApplicationDbContext>(db => db.UseSqlite(connectionString), ServiceLifetime.Scoped);
        builder.Services.AddDatabaseDeveloperPageExceptionFilter();
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
            })
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddSingleton<IEmailSender<ApplicationUser>, IdentityNoOpEmailSender>();
    }

    private static void AddBackgroundJobs(this WebApplicationBuilder builder)
    {
        // Hangfire.AspNetCore's activator gives every job its own DI scope (and so its own DbContext).
        builder.Services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage(new InMemoryStorageOptions()));
        builder.Services.AddHangfireServer();
    }

    public static void MapApplicationEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapLedgerEndpoints();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new SignedInDashboardFilter()],
            DisplayStorageConnectionString = false,
        });
    }
}
