using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace ValueFirst.Web.Tests.Reminders;

/// <summary>Keeps enqueued jobs instead of running them, so a test runs them itself, once, as Hangfire would.</summary>
internal sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly List<Job> jobs = [];

    public IReadOnlyList<Job> Jobs
    {
        get
        {
            lock (jobs)
            {
                return jobs.ToList();
            }
        }
    }

    /// <summary>The reminder's jobs only: the ledger also queues recounts when a slot (and so a time zone) is saved.</summary>
    public IReadOnlyList<Job> ReminderJobs => Jobs.Where(j => j.Type == typeof(ValueFirst.Web.Jobs.ReminderJob)).ToList();

    public string Create(Job job, IState state)
    {
        lock (jobs)
        {
            jobs.Add(job);
            return jobs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
