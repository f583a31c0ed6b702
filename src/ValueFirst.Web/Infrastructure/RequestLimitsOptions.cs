using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Infrastructure;

/// <summary>The <c>Requests</c> section: how many page and feed requests are worked on at once (see <see cref="RequestLimits"/>).</summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Requests";

    /// <summary>Requests worked on at once; 0 (the default): twice the processor count, at least 4.</summary>
    [Range(0, 1000, ErrorMessage = "Requests:MaxConcurrent must be between 0 (twice the processor count) and 1000.")]
    public int MaxConcurrent { get; set; }

    /// <summary>Requests that wait for a turn; one more is answered 503 at once.</summary>
    [Range(0, 100_000, ErrorMessage = "Requests:QueueLimit must be between 0 and 100000.")]
    public int QueueLimit { get; set; } = 1000;

    public int EffectiveMaxConcurrent => MaxConcurrent > 0 ? MaxConcurrent : Math.Max(4, Environment.ProcessorCount * 2);
}
