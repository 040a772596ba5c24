using Sac.Application.Documents;

namespace Sac.Web.Models;

/// <summary>The letters waiting in the post tray, oldest first; a refused "mark as posted" comes back on its own row.</summary>
public sealed record PostTrayPage(IReadOnlyList<DocumentSummary> Letters, DateOnly Today, PostTrayPage.Attempt? Refused)
{
    /// <summary>Every date the steps check is, on this page, the posting date.</summary>
    public static readonly IReadOnlyDictionary<string, string> ErrorFields = new Dictionary<string, string>
    {
        ["sentAt"] = nameof(Attempt.PostedOn),
        ["sentOn"] = nameof(Attempt.PostedOn),
        ["offeredOn"] = nameof(Attempt.PostedOn),
    };

    /// <summary>The posting date a row shows: the one typed when it was refused, else today.</summary>
    public DateOnly PostedOnFor(Guid letter) => Refused is { } r && r.Letter == letter && r.PostedOn is { } typed ? typed : Today;

    public sealed record Attempt(Guid Letter, DateOnly? PostedOn);
}
