using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ValueFirst.Web.Data;

/// <summary>
/// An EF Core compiled query, compiled once per model. A compiled query refuses to run against a model other than the
/// one it first ran with, and one process can hold several: the SQLite and PostgreSQL contexts each have their own
/// (the tests run both side by side).
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
