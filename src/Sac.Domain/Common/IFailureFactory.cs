namespace Sac.Domain.Common;

/// <summary>Lets generic code (the validation pipeline) build a failed result of a known result type.</summary>
public interface IFailureFactory<out TSelf>
{
    static abstract TSelf FromErrors(IReadOnlyList<Error> errors);
}
