using Sac.Application.Common;

namespace Sac.Application.Tests.Common;

public sealed class PagedListTests
{
    [Theory]
    [InlineData(1, 2, 50, 25, false, true)] // page 1 of 2
    [InlineData(2, 2, 50, 25, false, false)] // the last page of an exact count
    [InlineData(2, 25, 50, 25, true, true)] // the cap's last page, full: more follow
    [InlineData(3, 25, 50, 25, true, true)] // beyond the cap, full
    [InlineData(3, 10, 50, 25, true, false)] // beyond the cap, not full: the end
    public void A_next_page_follows_a_full_page_beyond_a_capped_count(int page, int itemCount, int total, int pageSize, bool moreThanTotal, bool hasNext)
    {
        var list = new PagedList<int>([.. Enumerable.Range(0, itemCount)], total, page, pageSize, moreThanTotal);

        Assert.Equal(hasNext, list.HasNextPage);
    }
}
