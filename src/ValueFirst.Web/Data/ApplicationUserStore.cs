using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ValueFirst.Web.Data;

/// <summary>
/// Identity's EF Core user store, finding a user by id with a query EF Core compiles once. The stock lookup
/// (<c>DbSet.FindAsync</c>) builds its key comparison afresh on every call, which EF Core evaluates by compiling it:
/// a dynamic method per call for the finalizer to destroy, and the security stamp is checked on every request (see
/// <c>SecurityStampValidatorOptions</c>), so under 20 clients that finalizer took most of a core.
/// </summary>
internal sealed class ApplicationUserStore(ApplicationDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole, ApplicationDbContext>(context, describer)
{
    public override Task<ApplicationUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        // A tracked query, as FindAsync is: the user already loaded in this context is the one returned.
        return Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
    }
}
