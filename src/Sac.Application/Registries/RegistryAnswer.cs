namespace Sac.Application.Registries;

/// <summary>What a registry said: found, not found, or it could not be asked (timeout, error, circuit open).</summary>
public enum RegistryOutcome
{
    Found,
    NotFound,
    Failed,
}

/// <summary>A registry's answer; <see cref="Failure"/> says why it could not answer.</summary>
public sealed record RegistryAnswer<T>(RegistryOutcome Outcome, T? Value = default, string? Failure = null)
    where T : class
{
    public static RegistryAnswer<T> Found(T value) => new(RegistryOutcome.Found, value);

    public static RegistryAnswer<T> NotFound() => new(RegistryOutcome.NotFound);

    public static RegistryAnswer<T> Failed(string why) => new(RegistryOutcome.Failed, Failure: why);
}
