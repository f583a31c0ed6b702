using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ValueFirst.Web.Data;

/// <summary>
/// Identity plus every feature's entities. Features describe their tables in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside the entity and use <c>Set&lt;T&gt;()</c>,
/// so adding a feature does not touch this file.
/// </summary>
/// <remarks>
/// This type is the SQLite context and owns the SQLite migrations (<c>Data/Migrations</c>);
/// <see cref="PostgresApplicationDbContext"/> derives from it only to own the PostgreSQL set.
/// It also holds the data-protection keys, so every app server signs cookies with the same keys.
/// </remarks>
public class ApplicationDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    public ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider-specific subclass, which needs options typed for itself.</summary>
    protected ApplicationDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }
}
