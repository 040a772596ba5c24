namespace Sac.Web.Tests.Nodes;

/// <summary>
/// Two nodes as a client with failover sees them (a load balancer, a finder's phone that retries): a request goes to the
/// node asked for, or to the other one when that one is down; a request that the kill of its node cut off is sent again,
/// unchanged, to the survivor.
/// </summary>
internal sealed class Failover(AppNode first, AppNode second)
{
    private int resent;

    /// <summary>How many requests a kill cut off, sent again to the survivor.</summary>
    public int Resent => resent;

    public AppNode Other(AppNode node) => node == first ? second : first;

    /// <summary>The answer, and whether it answers a second attempt: the first may have been saved before the kill cut it off.</summary>
    public async Task<(HttpResponseMessage Response, bool Resent)> SendAsync(AppNode preferred, Func<AppNode, Task<HttpResponseMessage>> send)
    {
        var node = preferred.IsAlive ? preferred : Other(preferred);
        try
        {
            return (await send(node), false);
        }
        catch (HttpRequestException) when (!node.IsAlive)
        {
            Interlocked.Increment(ref resent);
            return (await send(Other(node)), true);
        }
    }
}
