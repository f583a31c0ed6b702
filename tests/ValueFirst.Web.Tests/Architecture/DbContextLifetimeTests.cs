using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Tests.Architecture;

/// <summary>
/// One DbContext per operation: a Blazor circuit keeps its components, and the services they were given, alive for
/// as long as the tab is open, and two sections of one page would share a scoped context. On PostgreSQL their queries
/// then overlap ("A second operation was started on this context instance"). So no service a component injects,
/// directly or through other services, may take the scoped <see cref="ApplicationDbContext"/>: they take
/// <see cref="IDbContextFactory{TContext}"/> and create a context per call.
/// </summary>
public sealed class DbContextLifetimeTests
{
    [Fact]
    public void No_service_that_a_component_injects_takes_the_scoped_DbContext()
    {
        var registrations = Registrations();
        var components = Components().ToList();

        var offenders = components
            .SelectMany(c => Injected(c).SelectMany(t => PathsToContext(t, registrations, [c.Name])))
            .ToList();

        Assert.NotEmpty(components);
        Assert.Empty(offenders);
    }

    [Fact]
    public void A_service_that_takes_the_scoped_DbContext_is_found_through_another_service()
    {
        IServiceCollection registrations = new ServiceCollection();
        registrations.AddScoped<ContextTakingService>();
        registrations.AddScoped<ServiceUsingIt>();

        var paths = PathsToContext(typeof(ServiceUsingIt), registrations, ["SomePage"]).ToList();

        Assert.Equal(["SomePage → ServiceUsingIt → ContextTakingService → ApplicationDbContext"], paths);
    }

    private static IServiceCollection Registrations()
    {
        IServiceCollection? captured = null;
        using var app = new TestApp(services: services => captured = services);
        _ = app.Services;
        return captured!;
    }

    // The app's own components, except Identity's account pages: those render per request on the server (static
    // rendering), never inside a circuit, and Identity's stores take the scoped context by design.
    private static IEnumerable<Type> Components() =>
        typeof(Program).Assembly.GetTypes().Where(t =>
            typeof(ComponentBase).IsAssignableFrom(t) && !t.IsAbstract
            && t.Namespace?.StartsWith("ValueFirst.Web.Components.Account", StringComparison.Ordinal) != true);

    private static IEnumerable<Type> Injected(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null)
            .Select(p => p.PropertyType);

    private static IEnumerable<string> PathsToContext(Type service, IServiceCollection registrations, List<string> path)
    {
        if (typeof(DbContext).IsAssignableFrom(service))
        {
            yield return string.Join(" → ", path.Append(service.Name));
            yield break;
        }

        if (service.IsGenericType && service.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            service = service.GetGenericArguments()[0];
        }

        foreach (var implementation in Implementations(service, registrations).Where(t => t.Assembly == typeof(Program).Assembly || t.Assembly == typeof(DbContextLifetimeTests).Assembly))
        {
            if (path.Contains(implementation.Name))
            {
                continue;
            }

            foreach (var parameter in implementation.GetConstructors().SelectMany(c => c.GetParameters()))
            {
                foreach (var found in PathsToContext(parameter.ParameterType, registrations, [.. path, implementation.Name]))
                {
                    yield return found;
                }
            }
        }
    }

    private static IEnumerable<Type> Implementations(Type service, IServiceCollection registrations)
    {
        var registered = registrations.Where(d => d.ServiceType == service).ToList();
        var types = registered.Select(d => d.ImplementationType ?? d.ImplementationInstance?.GetType()).OfType<Type>().ToList();
        // Registered through a factory, or not registered at all: the concrete type itself says what it needs.
        if (types.Count == 0 && service is { IsClass: true, IsAbstract: false })
        {
            types.Add(service);
        }

        return types;
    }

    private sealed class ContextTakingService(ApplicationDbContext db)
    {
        public ApplicationDbContext Db => db;
    }

    private sealed class ServiceUsingIt(ContextTakingService inner)
    {
        public ContextTakingService Inner => inner;
    }
}
