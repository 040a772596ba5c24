using Sac.Domain.Cases;

namespace Sac.Web.Models;

/// <summary>
/// The domain writes a closure into the timeline as "Reason" or "Reason: note", with the reason's
/// English name; the page shows the reason in the user's language and the note as typed.
/// </summary>
public static class ClosureDetail
{
    public static (CloseReason? Reason, string? Note) Read(string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return (null, null);
        }

        var colon = detail.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? detail : detail[..colon];
        return Enum.TryParse<CloseReason>(name, ignoreCase: false, out var reason) && Enum.IsDefined(reason)
            ? (reason, colon < 0 ? null : detail[(colon + 1)..].Trim())
            : (null, detail);
    }
}
