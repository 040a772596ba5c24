namespace Sac.Benchmarks.Composition;

/// <summary>
/// The instant the whole run believes it is, in this process and in the web host (<c>Clock:Now</c>): the generated
/// history ends on this day, so the deadlines due on it are the ones a nightly sweep would find.
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
