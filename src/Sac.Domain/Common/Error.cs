namespace Sac.Domain.Common;

/// <summary>What kind of failure an <see cref="Error"/> is; the edges translate it to a status code.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    BusinessRule,
    Forbidden,
}

/// <summary>
/// A business outcome that is not a success. <paramref name="Code"/> is stable (API clients and
/// resources key on it); <paramref name="Field"/> names the input at fault, when there is one.
/// </summary>
public sealed record Error(string Code, string Message, ErrorKind Kind = ErrorKind.Validation, string? Field = null)
{
    public Error AtField(string field) => this with { Field = field };
}
