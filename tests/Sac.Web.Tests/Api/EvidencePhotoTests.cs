using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Hostile;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Api;

/// <summary>
/// Issue 6, evidence photos: kept with the finding in one transaction with their SHA-256, listed on the case, served as
/// sent to the case's municipality only, never twice for a retry.
/// </summary>
public sealed class EvidencePhotoTests(SacAppFactory factory) : IClassFixture<SacAppFactory>
{
    private static readonly byte[] Bin = SampleFiles.Jpeg("the overflowing bin");
    private static readonly byte[] Bags = SampleFiles.Png("the bags beside it");

    [Fact]
    public async Task Two_photos_are_kept_with_their_SHA256_listed_on_the_case_and_served_as_sent()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);

        using var response = await finder.PostJsonAsync(FindingRequests.Path, WithPhotos(
            FindingRequests.Photo("../../etc/passwd.jpg", "image/jpeg", Bin), FindingRequests.Photo("zakken.png", "image/png", Bags)));

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var photos = Photos(await response.ReadJsonAsync());
        Assert.Equal(
            [("passwd.jpg", "image/jpeg", Bin.LongLength, Sha256(Bin)), ("zakken.png", "image/png", Bags.LongLength, Sha256(Bags))],
            photos.Select(p => (p["fileName"]!.GetValue<string>(), p["contentType"]!.GetValue<string>(), p["size"]!.GetValue<long>(), p["sha256"]!.GetValue<string>()))
                .Order());
        var bin = photos.Single(p => p["fileName"]!.GetValue<string>() == "passwd.jpg")["id"]!.GetValue<string>();

        using var official = factory.CreateApiClient(DemoTokens.Official);
        using var download = await official.GetAsync($"/api/v1/documents/{bin}");
        await download.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(Bin, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_photo_is_404_outside_the_case_municipality_and_401_without_a_token()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        using var recorded = await finder.PostJsonAsync(FindingRequests.Path, WithPhotos(FindingRequests.Photo("blikje.jpg", "image/jpeg", Bin)));
        await recorded.AssertStatusAsync(HttpStatusCode.Created);
        var photo = $"/api/v1/documents/{Assert.Single(Photos(await recorded.ReadJsonAsync()))["id"]}";

        using var byTheFinder = await finder.GetAsync(photo);
        using var outsider = factory.CreateApiClient(DemoTokens.Outsider);
        using var byAnotherMunicipality = await outsider.GetAsync(photo);
        using var anonymous = factory.CreateApiClient(null);
        using var withoutToken = await anonymous.GetAsync(photo);

        await byTheFinder.AssertStatusAsync(HttpStatusCode.OK);
        await ProblemAssert.WithCodeAsync(byAnotherMunicipality, HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
    }

    [Fact]
    public async Task A_repeated_submission_keeps_the_photos_once()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var finding = WithPhotos(FindingRequests.Photo("blikje.jpg", "image/jpeg", Bin), FindingRequests.Photo("zakken.png", "image/png", Bags));
        using var first = await finder.PostJsonAsync(FindingRequests.Path, finding);
        await first.AssertStatusAsync(HttpStatusCode.Created);
        var stored = factory.StoredCases();

        using var retry = await finder.PostJsonAsync(FindingRequests.Path, finding);

        await retry.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(2, Photos(await retry.ReadJsonAsync()).Count);
        Assert.Equal(stored, factory.StoredCases());
    }

    [Fact]
    public async Task A_fake_photo_or_bad_base64_is_a_field_error_of_that_photo_and_nothing_is_stored()
    {
        using var finder = factory.CreateApiClient(DemoTokens.Finder);
        var before = factory.StoredCases();
        var badBase64 = WithPhotos(FindingRequests.Photo("blikje.jpg", "image/jpeg", Bin));
        badBase64["photos"]![0]!["content"] = "not base64!";

        using var fake = await finder.PostJsonAsync(FindingRequests.Path, WithPhotos(
            FindingRequests.Photo("blikje.jpg", "image/jpeg", Bin), FindingRequests.Photo("zakken.jpg", "image/jpeg", Bags)));
        using var unreadable = await finder.PostJsonAsync(FindingRequests.Path, badBase64);

        Assert.Equal(["FILE_TYPE"], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(fake, "photos[1].content"), "photos[1].content"));
        Assert.Equal(["INVALID_VALUE"], ProblemAssert.CodesAt(await ProblemAssert.ValidationAsync(unreadable, "photos[0].content"), "photos[0].content"));
        Assert.Equal(before, factory.StoredCases());
    }

    private static JsonObject WithPhotos(params JsonObject[] photos)
    {
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("photo"));
        if (photos.Length > 0)
        {
            finding["photos"] = new JsonArray(photos);
        }

        return finding;
    }

    private static List<JsonNode> Photos(JsonNode @case) =>
        [.. @case["documents"]!.AsArray().Select(d => d!).Where(d => d["kind"]!.GetValue<string>() == "EvidencePhoto")];

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
