namespace Sac.Application.Deadlines;

/// <summary>Who the timeline shows for what the passing of time did.</summary>
internal static class SystemActor
{
    public const string Name = "Sac";
}
