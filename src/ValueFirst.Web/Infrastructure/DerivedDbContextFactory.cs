using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Serves <c>IDbContextFactory&lt;ApplicationDbContext&gt;</c> from the factory of a provider-specific
/// subclass, so services that create their own contexts do not need to know the provider.
/// </summary>
internal sealed class DerivedDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ApplicationDbContext>
    where TContext : ApplicationDbContext
{
    public ApplicationDbContext CreateDbContext() => inner.CreateDbContext();
}
