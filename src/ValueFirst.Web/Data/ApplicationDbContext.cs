using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ValueFirst.Web.Data;

/// <summary>
/// Identity plus every feature's entities. Features describe their tables in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside the entity and use <c>Set&lt;T&gt;()</c>,
/// so adding a feature does not touch this file.
/// </summary>
public class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }
}
