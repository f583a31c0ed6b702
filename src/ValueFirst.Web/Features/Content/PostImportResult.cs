namespace ValueFirst.Web.Features.Content;

/// <summary>What a Shares.csv import did: posts new to the history and posts it already had (updated).</summary>
public sealed record PostImportResult(int Added, int Updated);
