using ValueFirst.Core.Mail;

namespace ValueFirst.Core.Tests.Mail;

public sealed class DeliveryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 24, 12, 30, 0, TimeSpan.Zero);

    private static readonly DeliveryPolicy Policy = new([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5)], maxAttempts: 4);

    [Fact]
    public void An_accepted_message_is_sent_and_not_tried_again()
    {
        Assert.Equal(new DeliveryStep(DeliveryState.Sent, null, false), Policy.After(AttemptResult.Accepted, 1, mayHaveArrived: false, Now));
    }

    [Fact]
    public void Failed_attempts_wait_the_next_backoff_and_the_last_wait_repeats()
    {
        Assert.Equal(Now.AddMinutes(1), Policy.After(AttemptResult.Failed, 1, false, Now).NextAttempt);
        Assert.Equal(Now.AddMinutes(2), Policy.After(AttemptResult.Failed, 2, false, Now).NextAttempt);
        Assert.Equal(Now.AddMinutes(5), Policy.After(AttemptResult.Failed, 3, false, Now).NextAttempt);
        Assert.All([1, 2, 3], n => Assert.Equal(DeliveryState.Pending, Policy.After(AttemptResult.Failed, n, false, Now).State));
    }

    [Fact]
    public void The_last_allowed_attempt_that_fails_marks_the_message_failed()
    {
        Assert.Equal(new DeliveryStep(DeliveryState.Failed, null, false), Policy.After(AttemptResult.Failed, 4, false, Now));
    }

    [Fact]
    public void A_refusal_for_good_fails_at_once()
    {
        Assert.Equal(new DeliveryStep(DeliveryState.Failed, null, false), Policy.After(AttemptResult.FailedForGood, 1, false, Now));
    }

    [Fact]
    public void A_first_unknown_answer_earns_exactly_one_more_attempt()
    {
        Assert.Equal(new DeliveryStep(DeliveryState.Uncertain, Now.AddMinutes(1), true), Policy.After(AttemptResult.Unknown, 1, false, Now));
        Assert.Equal(new DeliveryStep(DeliveryState.Uncertain, Now.AddMinutes(5), true), Policy.After(AttemptResult.Unknown, 4, false, Now));
    }

    [Theory]
    [InlineData(AttemptResult.Unknown)]
    [InlineData(AttemptResult.Failed)]
    [InlineData(AttemptResult.FailedForGood)]
    public void After_an_unknown_answer_no_further_attempt_follows_and_the_message_stays_uncertain(AttemptResult second)
    {
        Assert.Equal(new DeliveryStep(DeliveryState.Uncertain, null, true), Policy.After(second, 2, mayHaveArrived: true, Now));
    }

    [Fact]
    public void An_accepted_retry_after_an_unknown_answer_remembers_a_copy_may_be_out()
    {
        Assert.Equal(new DeliveryStep(DeliveryState.Sent, null, true), Policy.After(AttemptResult.Accepted, 2, mayHaveArrived: true, Now));
    }

    [Fact]
    public void A_policy_without_a_positive_wait_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DeliveryPolicy([], 3));
        Assert.Throws<ArgumentException>(() => new DeliveryPolicy([TimeSpan.Zero], 3));
    }
}
