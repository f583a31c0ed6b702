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
