namespace ValueFirst.Core.Content;

/// <summary>An error keeps a file out of the plan (and fails <c>lint</c>); a warning only tells the writer.</summary>
public enum ProblemSeverity
{
    Warning,
    Error,
}
