using Microsoft.Playwright;
using Sac.Testing;

namespace Sac.EndToEnd.Tests;

/// <summary>The finder's phone: its browser context, a photo from its camera, and the place and offender typed on it.</summary>
internal static class FinderPhone
{
    public const int Width = 390;

    public static BrowserNewContextOptions Context(string locale) => new()
    {
        Locale = locale,
        ViewportSize = new ViewportSize { Width = Width, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        Geolocation = new Geolocation { Latitude = 51.0548f, Longitude = 3.7216f, Accuracy = 12 },
        Permissions = ["geolocation"],
    };

    public static FilePayload Photo(string name) => new() { Name = name, MimeType = "image/jpeg", Buffer = SampleFiles.Jpeg(name) };

    public static async Task FillOffenderAsync(IPage finder, string street, string postalCode, string city, string nationalRegisterNumber)
    {
        await finder.FillAsync("#Street", street);
        await finder.FillAsync("#HouseNumber", "1");
        await finder.FillAsync("#PostalCode", postalCode);
        await finder.FillAsync("#City", city);
        await finder.CheckAsync("#OffenderType-Person");
        await finder.FillAsync("#NationalRegisterNumber", nationalRegisterNumber);
    }
}
