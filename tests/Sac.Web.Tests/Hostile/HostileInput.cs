using System.Text;

namespace Sac.Web.Tests.Hostile;

/// <summary>One bad input: its category and name (a failure names both), the bytes sent and their media type.</summary>
public sealed record HostileInput(string Category, string Name, byte[] Body, string? MediaType = "application/json")
{
    public string Key => $"{Category}: {Name}";

    public static HostileInput Text(string category, string name, string body) => new(category, name, Encoding.UTF8.GetBytes(body));

    /// <summary>The body as an HTTP content, with exactly the bytes and content type of the input.</summary>
    public HttpContent ToContent()
    {
        var content = new ByteArrayContent(Body);
        if (MediaType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", MediaType);
        }

        return content;
    }
}
