namespace ValueFirst.Web.Tests.Database;

/// <summary>Which of a test's app hosts a service lives in ("a", "b"): registered per host, recorded by test jobs.</summary>
public sealed record TestHostName(string Name);
