namespace ValueFirst.Core.Contacts;

/// <summary>A row that could not be imported: its line in the file (1-based, preamble included) and why, in plain words.</summary>
public sealed record ImportProblem(int LineNumber, string Reason);
