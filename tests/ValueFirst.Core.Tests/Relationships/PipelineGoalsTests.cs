using ValueFirst.Core.Contacts;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class PipelineGoalsTests
{
    private static readonly Dictionary<PipelineRole, int> Actual = new()
    {
        [PipelineRole.Prospect] = 4,
        [PipelineRole.ReferralSource] = 5,
        [PipelineRole.Resource] = 1,
        [PipelineRole.Peer] = 700,
    };

    [Fact]
    public void Roles_without_a_goal_are_neither_shown_nor_short()
    {
        var goals = new PipelineGoals(Prospects: 10);

        Assert.Equal([PipelineRole.Prospect], goals.Status(Actual).Select(s => s.Role));
        Assert.Empty(PipelineGoals.None.Shortfalls(Actual));
    }

    [Fact]
    public void Shortfalls_come_biggest_first_and_a_role_at_its_goal_is_not_short()
    {
        var goals = new PipelineGoals(Prospects: 10, ReferralSources: 5, Resources: 3);

        var shortfalls = goals.Shortfalls(Actual);

        Assert.Equal([(PipelineRole.Prospect, 6), (PipelineRole.Resource, 2)], shortfalls.Select(s => (s.Role, s.Short)));
        Assert.Equal("You nurture 4 prospects; your goal is 10.", shortfalls[0].Describe());
        Assert.Equal("You nurture 1 resource; your goal is 3.", shortfalls[1].Describe());
    }
}
