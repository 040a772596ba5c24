using Sac.Infrastructure.Letters.Layout;

namespace Sac.Infrastructure.Tests.Letters;

public sealed class LinuxFontResolverTests : IDisposable
{
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu";
    private readonly string empty = Directory.CreateTempSubdirectory("sac-fonts-").FullName;

    private static SansFamily Liberation(string directory) =>
        new("LiberationSans", directory, "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf");

    private static SansFamily DejaVuSans() =>
        new("DejaVuSans", DejaVu, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf");

    [Theory]
    [InlineData(false, "LiberationSans-Regular.ttf")]
    [InlineData(true, "LiberationSans-Bold.ttf")]
    public void Prefers_liberation_sans_when_installed(bool bold, string file)
    {
        var resolver = new LinuxFontResolver(LinuxFontResolver.InstalledFamilies);

        var face = resolver.ResolveTypeface("Liberation Sans", bold, isItalic: false)!;

        Assert.False(face.MustSimulateBold);
        Assert.Equal(File.ReadAllBytes("/usr/share/fonts/truetype/liberation/" + file), resolver.GetFont(face.FaceName));
    }

    [Theory]
    [InlineData(false, "DejaVuSans.ttf")]
    [InlineData(true, "DejaVuSans-Bold.ttf")]
    public void Falls_back_to_dejavu_sans_when_liberation_is_missing(bool bold, string file)
    {
        var resolver = new LinuxFontResolver([Liberation(empty), DejaVuSans()]);

        var face = resolver.ResolveTypeface("Liberation Sans", bold, isItalic: false)!;

        Assert.Equal(File.ReadAllBytes(Path.Combine(DejaVu, file)), resolver.GetFont(face.FaceName));
    }

    [Fact]
    public void Any_family_gets_the_installed_sans()
    {
        var resolver = new LinuxFontResolver([Liberation(empty), DejaVuSans()]);

        Assert.Equal(
            resolver.ResolveTypeface("Liberation Sans", false, false)!.FaceName,
            resolver.ResolveTypeface("Arial", false, false)!.FaceName);
    }

    [Fact]
    public void A_missing_bold_face_is_simulated_from_the_regular_face()
    {
        File.Copy(Path.Combine(DejaVu, "DejaVuSans.ttf"), Path.Combine(empty, "LiberationSans-Regular.ttf"));
        var resolver = new LinuxFontResolver([Liberation(empty), DejaVuSans()]);

        var face = resolver.ResolveTypeface("Liberation Sans", isBold: true, isItalic: false)!;

        Assert.True(face.MustSimulateBold);
        Assert.Equal(File.ReadAllBytes(Path.Combine(empty, "LiberationSans-Regular.ttf")), resolver.GetFont(face.FaceName));
    }

    [Fact]
    public void Without_any_font_nothing_resolves()
    {
        var resolver = new LinuxFontResolver([Liberation(empty)]);

        Assert.Null(resolver.Family);
        Assert.Null(resolver.ResolveTypeface("Liberation Sans", false, false));
    }

    public void Dispose() => Directory.Delete(empty, recursive: true);
}
