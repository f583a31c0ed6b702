namespace ValueFirst.Testing.Data;

/// <summary>How many rows each file of a generated LinkedIn export has.</summary>
public sealed record ExportScale(int Connections, int Messages, int Invitations, int Shares);
