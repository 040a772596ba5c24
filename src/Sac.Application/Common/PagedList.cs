using System.Text.Json.Serialization;

namespace Sac.Application.Common;

/// <param name="MoreThanTotal">
/// The count stopped at <paramref name="Total"/> and there are more (a capped count, see <c>SearchCasesQuery.CountAtMost</c>).
/// Not part of the API, whose totals are exact.
/// </param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, [property: JsonIgnore] bool MoreThanTotal = false)
{
    public int PageCount => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    /// <summary>Whether a page follows this one, also beyond a capped count.</summary>
    [JsonIgnore]
    public bool HasNextPage => Page < PageCount || (MoreThanTotal && Items.Count == PageSize);
}
