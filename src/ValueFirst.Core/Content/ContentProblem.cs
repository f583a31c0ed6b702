namespace ValueFirst.Core.Content;

/// <summary>
/// Something wrong with one draft file, located precisely enough to fix it in an editor
/// (printed by <c>lint</c> as <c>path:line: message</c>).
/// </summary>
/// <param name="Path">Path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record ContentProblem(string Path, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() =>
        $"{Path}:{Line}: {(Severity == ProblemSeverity.Warning ? "warning: " : "")}{Message}";
}
