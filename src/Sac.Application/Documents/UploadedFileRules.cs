using FluentValidation;
using Sac.Application.Common;
using Sac.Domain.Documents;

namespace Sac.Application.Documents;

/// <summary>The checks every file sent to Sac passes, whichever command carries it.</summary>
internal static class UploadedFileRules
{
    /// <summary>
    /// A plain name, at most <see cref="AcceptedFiles.MaximumBytes"/>, and bytes that are one of the <paramref name="accepted"/>
    /// types and the type the client declared (FILE_TYPE otherwise: an HTML page or a program named "photo.jpg" is refused).
    /// An inline validator, so that the assembly scan does not register it on its own.
    /// </summary>
    public static InlineValidator<UploadedFile> Accepting(IReadOnlySet<FileType> accepted)
    {
        var validator = new InlineValidator<UploadedFile>();
        validator.RuleFor(f => f.FileName).Cascade(CascadeMode.Stop)
            .NotEmpty().MaximumLength(AcceptedFiles.MaximumFileNameLength).WithoutControlCharacters()
            .Must((file, _) => file.PlainName.Length > 0);
        validator.RuleFor(f => f.ContentType).NotEmpty().MaximumLength(AcceptedFiles.MaximumContentTypeLength);
        validator.RuleFor(f => f.Content).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Must(content => content!.Length <= AcceptedFiles.MaximumBytes).WithErrorCode("TOO_LARGE")
            .Must((file, content) => FileSignatures.Detect(content) is { } type && accepted.Contains(type) && type.IsDeclaredAs(file.ContentType))
            .WithErrorCode("FILE_TYPE").WithMessage("The file is not of an accepted type, or not of the type it claims to be.");
        return validator;
    }
}
