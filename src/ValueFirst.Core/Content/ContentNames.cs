namespace ValueFirst.Core.Content;

/// <summary>
/// The words the front matter, the <c>plan --json</c> output and the pages use for the enums
/// (<c>at-risk</c>, not <c>AtRisk</c>), kept in one place so they cannot drift apart.
/// </summary>
public static class ContentNames
{
    public static string Of(ContentKind kind) => kind == ContentKind.Share ? "share" : "article";

    public static string Of(ContentStatus status) => status switch
    {
        ContentStatus.Idea => "idea",
        ContentStatus.Draft => "draft",
        ContentStatus.Ready => "ready",
        _ => "published",
    };

    public static string Of(MonthState state) => state switch
    {
        MonthState.Own => "own",
        MonthState.Shared => "shared",
        _ => "gap",
    };

    public static string Of(QuarterState state) => state switch
    {
        QuarterState.Met => "met",
        QuarterState.Planned => "planned",
        QuarterState.AtRisk => "at-risk",
        QuarterState.Missed => "missed",
        _ => "open",
    };
}
