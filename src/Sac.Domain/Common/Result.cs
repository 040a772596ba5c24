namespace Sac.Domain.Common;

/// <summary>The outcome of an operation that returns nothing: success, or one or more errors.</summary>
public class Result : IFailureFactory<Result>
{
    private static readonly Result SuccessResult = new([]);

    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public bool IsFailure => !IsSuccess;

    public Error FirstError => Errors.Count > 0 ? Errors[0] : throw new InvalidOperationException("A success has no error.");

    public static Result Success() => SuccessResult;

    public static Result Failure(Error error) => new([error]);

    public static Result Failure(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new Result(errors);

    public static implicit operator Result(Error error) => Failure(error);

    public static Result FromErrors(IReadOnlyList<Error> errors) => Failure(errors);
}

/// <summary>The outcome of an operation that produces a <typeparamref name="T"/> on success.</summary>
public sealed class Result<T> : Result, IFailureFactory<Result<T>>
{
    private readonly T? value;

    private Result(T value)
        : base([]) => this.value = value;

    private Result(IReadOnlyList<Error> errors)
        : base(errors)
    {
    }

    public T Value => IsSuccess ? value! : throw new InvalidOperationException($"No value: {FirstError.Code}.");

    public static Result<T> Success(T value) => new(value);

    public static new Result<T> Failure(Error error) => new([error]);

    public static new Result<T> Failure(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new Result<T>(errors);

    public static new Result<T> FromErrors(IReadOnlyList<Error> errors) => Failure(errors);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);

    public TOut Match<TOut>(Func<T, TOut> onSuccess, Func<IReadOnlyList<Error>, TOut> onFailure) =>
        IsSuccess ? onSuccess(value!) : onFailure(Errors);
}
