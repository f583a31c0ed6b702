using ValueFirst.Web.Data;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Work a feature needs done on its own tables after the migrations and before the first request (registered by the
/// feature's own <c>Add…</c> method, run in registration order by <see cref="DatabaseMigrator"/>).
/// </summary>
public interface IDatabaseStartupTask
{
    Task RunAsync(ApplicationDbContext db, CancellationToken ct);
}
