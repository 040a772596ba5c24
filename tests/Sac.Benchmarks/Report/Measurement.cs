namespace Sac.Benchmarks.Report;

/// <summary>One line of the results table: the application's number, the bare baseline's, the goal and whether it is met.</summary>
internal sealed record Measurement(string Measure, string Result, string Baseline, string Goal, bool Met, string? Note = null);
