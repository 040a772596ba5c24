using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sac.Web.Tests.Nodes;

/// <summary>
/// A JSON body that sends its first half, then waits for <see cref="Release"/> before the rest: a request surely in flight,
/// its node still reading it, at the moment the test kills that node.
/// </summary>
internal sealed class StalledJsonContent : HttpContent
{
    private readonly byte[] body;
    private readonly TaskCompletionSource halfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StalledJsonContent(JsonNode json)
    {
        body = JsonSerializer.SerializeToUtf8Bytes(json);
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    public Task HalfSent => halfSent.Task;

    public void Release() => released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var half = body.Length / 2;
        await stream.WriteAsync(body.AsMemory(0, half));
        await stream.FlushAsync();
        halfSent.TrySetResult();
        await released.Task;
        await stream.WriteAsync(body.AsMemory(half));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
