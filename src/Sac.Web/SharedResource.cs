namespace Sac.Web;

/// <summary>Marker for the shared NL/FR resources (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
