using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// A recurring Hangfire job for the cluster tests: records each execution with the occurrence it was created for
/// (Hangfire's <c>Time</c> job parameter, set by the recurring job scheduler), its job id and the host that ran it,
/// so one occurrence executed twice shows up as two rows with the same occurrence.
/// </summary>
public sealed class OccurrenceRecorder(ApplicationDbContext db, TestHostName host)
{
    public const string CreateTable =
        "CREATE TABLE test_occurrences (recurring_job text NOT NULL, occurrence bigint NULL, job_id text NOT NULL, host text NOT NULL)";

    /// <param name="context">Supplied by Hangfire when the job runs (pass null when registering).</param>
    public async Task RecordAsync(PerformContext? context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recurringJob = context.GetJobParameter<string>("RecurringJobId") ?? "";
        var occurrence = context.GetJobParameter<long?>("Time");
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO test_occurrences (recurring_job, occurrence, job_id, host) VALUES ({recurringJob}, {occurrence}, {context.BackgroundJob.Id}, {host.Name})");
    }
}
