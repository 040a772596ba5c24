using Sac.Domain.Documents;

namespace Sac.Domain.Tests.Documents;

/// <summary>Issue 6: a file is what its first bytes say, whatever its name or declared type.</summary>
public sealed class FileSignaturesTests
{
    public static TheoryData<string, FileType> Headers => new()
    {
        { "FF D8 FF E0 00 10 4A 46 49 46", FileType.Jpeg },
        { "FF D8 FF E1", FileType.Jpeg },
        { "89 50 4E 47 0D 0A 1A 0A 00 00 00 0D", FileType.Png },
        { "52 49 46 46 24 00 00 00 57 45 42 50 56 50 38 20", FileType.WebP },
        { "00 00 00 18 66 74 79 70 68 65 69 63", FileType.Heic },
        { "00 00 00 18 66 74 79 70 68 65 69 78", FileType.Heic },
        { "00 00 00 1C 66 74 79 70 6D 69 66 31", FileType.Heic },
        { "00 00 00 1C 66 74 79 70 6D 73 66 31", FileType.Heic },
        { "00 00 00 1C 66 74 79 70 68 65 76 63", FileType.Heic },
        { "25 50 44 46 2D 31 2E 37 0A", FileType.Pdf },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Detect_KnownHeader_IsItsType(string hex, FileType expected) =>
        Assert.Equal(expected, FileSignatures.Detect(Bytes(hex)));

    [Theory]
    [InlineData("")]
    [InlineData("FF D8")]
    [InlineData("89 50 4E 47 0D 0A 1A")]
    [InlineData("52 49 46 46 24 00 00 00 57 45 42")]
    [InlineData("00 00 00 18 66 74 79 70 68 65 69")]
    [InlineData("25 50 44 46")]
    public void Detect_EmptyOrTruncatedHeader_IsNothing(string hex) =>
        Assert.Null(FileSignatures.Detect(Bytes(hex)));

    [Theory]
    [InlineData("text renamed .jpg", "3C 68 74 6D 6C 3E 3C 73 63 72 69 70 74 3E")]
    [InlineData("Windows program", "4D 5A 90 00 03 00 00 00 04 00 00 00")]
    [InlineData("WAVE, another RIFF", "52 49 46 46 24 00 00 00 57 41 56 45 66 6D 74 20")]
    [InlineData("MP4 video, another ISO-BMFF brand", "00 00 00 18 66 74 79 70 6D 70 34 32")]
    [InlineData("JPEG magic one byte late", "00 FF D8 FF E0")]
    public void Detect_OtherFile_IsNothing(string name, string hex) =>
        Assert.True(FileSignatures.Detect(Bytes(hex)) is null, name);

    [Theory]
    [InlineData(FileType.Jpeg, "image/jpeg")]
    [InlineData(FileType.Jpeg, "IMAGE/JPEG")]
    [InlineData(FileType.Png, "image/png; charset=binary")]
    [InlineData(FileType.WebP, " image/webp ")]
    [InlineData(FileType.Heic, "image/heic")]
    [InlineData(FileType.Heic, "image/heif")]
    [InlineData(FileType.Pdf, "application/pdf")]
    public void IsDeclaredAs_ItsOwnMediaType_True(FileType type, string declared) =>
        Assert.True(type.IsDeclaredAs(declared));

    [Theory]
    [InlineData(FileType.Png, "image/jpeg")]
    [InlineData(FileType.Jpeg, "image/png")]
    [InlineData(FileType.Pdf, "image/png")]
    [InlineData(FileType.Jpeg, "text/html")]
    [InlineData(FileType.Jpeg, "application/octet-stream")]
    [InlineData(FileType.Jpeg, "image/jpegx")]
    [InlineData(FileType.Jpeg, "")]
    [InlineData(FileType.Jpeg, null)]
    public void IsDeclaredAs_AnotherMediaType_False(FileType type, string? declared) =>
        Assert.False(type.IsDeclaredAs(declared));

    [Fact]
    public void APngDeclaredAsJpeg_IsDetectedAsPng_AndNotDeclaredAsIt()
    {
        var type = FileSignatures.Detect(Bytes("89 50 4E 47 0D 0A 1A 0A"))!.Value;

        Assert.Equal(FileType.Png, type);
        Assert.False(type.IsDeclaredAs("image/jpeg"));
    }

    [Fact]
    public void MediaType_OfEveryType_IsDeclaredAsItself() =>
        Assert.All(Enum.GetValues<FileType>(), type => Assert.True(type.IsDeclaredAs(type.MediaType())));

    [Fact]
    public void ReceivedKinds_AreNoLetters()
    {
        Assert.False(DocumentKind.EvidencePhoto.IsLetter());
        Assert.False(DocumentKind.DefenceAttachment.IsLetter());
        Assert.True(DocumentKind.Notice.IsLetter());
    }

    private static byte[] Bytes(string hex) => hex.Length == 0 ? [] : Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
}
