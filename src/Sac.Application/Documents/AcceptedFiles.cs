using System.Collections.Frozen;
using Sac.Domain.Documents;

namespace Sac.Application.Documents;

/// <summary>The limits on files sent to Sac, in one place; the web layer sizes its request limits from them.</summary>
public static class AcceptedFiles
{
    public const int MaximumBytes = 10 * 1024 * 1024;

    public const int MaximumFileNameLength = 200;

    public const int MaximumContentTypeLength = 100;

    public const int MaximumPhotosPerFinding = 10;

    public static readonly FrozenSet<FileType> EvidencePhotoTypes = FrozenSet.ToFrozenSet([FileType.Jpeg, FileType.Png, FileType.WebP, FileType.Heic]);

    public static readonly FrozenSet<FileType> DefenceAttachmentTypes = FrozenSet.ToFrozenSet([FileType.Pdf, .. EvidencePhotoTypes]);
}
