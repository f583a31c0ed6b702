using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// A Hangfire job for the cluster tests: records each execution, and which app host ran it, as a row
/// in a test table, so a job that ran twice shows up as two rows.
/// </summary>
public sealed class JobRunRecorder(ApplicationDbContext db, AppPaths paths)
{
    public const string CreateTable =
        "CREATE TABLE test_job_runs (job_key text NOT NULL, host text NOT NULL, ran_at timestamptz NOT NULL DEFAULT now())";

    public async Task RecordAsync(string jobKey) =>
        await db.Database.ExecuteSqlAsync($"INSERT INTO test_job_runs (job_key, host) VALUES ({jobKey}, {paths.DataDirectory})");
}
