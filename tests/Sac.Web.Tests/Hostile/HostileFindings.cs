using System.Text;
using System.Text.Json.Nodes;
using Sac.Testing;
using Sac.Web.Tests.Support;

namespace Sac.Web.Tests.Hostile;

/// <summary>
/// Bodies for POST /api/v1/findings that must each be refused with a 4xx problem: the api-v1.md example with one
/// thing broken, or text that is not a finding at all. One generator per category of issue 6.
/// </summary>
public static class HostileFindings
{
    private static readonly Lazy<IReadOnlyDictionary<string, HostileInput>> All = new(() =>
        new[] { MalformedJson(), WrongEncodings(), WrongTypes(), HugeStrings(), ControlCharacters(), ImpossibleDates(), OutOfRangeCoordinates(), BadIdentifiers(), UnknownReferences(), BadPhotos() }
            .SelectMany(c => c)
            .ToDictionary(i => i.Key));

    /// <summary>The keys of every input, as theory data (the bodies themselves are too big to be test names).</summary>
    public static TheoryData<string> Keys() => [.. All.Value.Keys];

    public static HostileInput Get(string key) => All.Value[key];

    private static string Valid() => FindingRequests.Example(FindingRequests.NewExternalId("hostile")).ToJsonString();

    /// <summary>The example with <paramref name="path"/> (dot-separated) set to <paramref name="value"/>.</summary>
    private static HostileInput With(string category, string path, JsonNode? value, string? name = null)
    {
        var finding = FindingRequests.Example(FindingRequests.NewExternalId("hostile"));
        var segments = path.Split('.');
        var parent = segments[..^1].Aggregate((JsonNode)finding, (node, segment) => node[segment]!);
        parent[segments[^1]] = value;
        return HostileInput.Text(category, name ?? $"{path} = {Shorten(value?.ToJsonString() ?? "null")}", finding.ToJsonString());
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : $"{text[..40]}… ({text.Length} chars)";

    private static IEnumerable<HostileInput> MalformedJson()
    {
        const string category = "malformed JSON";
        var valid = Valid();
        HostileInput Raw(string name, string body) => HostileInput.Text(category, name, body);

        yield return Raw("empty body", string.Empty);
        yield return Raw("whitespace only", "   \n\t ");
        yield return Raw("truncated in the middle", valid[..(valid.Length / 2)]);
        yield return Raw("truncated by one character", valid[..^1]);
        yield return Raw("trailing garbage", valid + "garbage");
        yield return Raw("two objects", valid + valid);
        yield return Raw("trailing comma", valid[..^1] + ",}");
        yield return Raw("single quotes", valid.Replace('"', '\''));
        yield return Raw("unquoted keys", "{externalId: \"x\"}");
        yield return Raw("comment", "/* hi */" + valid);
        yield return Raw("BOM after the opening brace", valid.Insert(1, "\uFEFF"));
        yield return Raw("NUL before the object", "\0" + valid);
        yield return Raw("unterminated string", "{\"externalId\": \"x");
        yield return Raw("invalid escape", "{\"externalId\": \"\\x41\"}");
        yield return Raw("lone surrogate escape", valid.Replace("\"Korenmarkt\"", "\"\\uD800\"", StringComparison.Ordinal));
        yield return Raw("NaN literal", valid.Replace("51.0548", "NaN", StringComparison.Ordinal));
        yield return Raw("Infinity literal", valid.Replace("51.0548", "Infinity", StringComparison.Ordinal));
        yield return Raw("hexadecimal number", valid.Replace("51.0548", "0x33", StringComparison.Ordinal));
        yield return Raw("deep nesting (10,000 arrays)", "{\"description\":" + new string('[', 10_000) + new string(']', 10_000) + "}");
        yield return Raw("deep nesting (65 objects)", "{\"place\":" + string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 66));
        yield return Raw("array", "[]");
        yield return Raw("array of the finding", "[" + valid + "]");
        yield return Raw("string", "\"finding\"");
        yield return Raw("number", "42");
        yield return Raw("null", "null");
        yield return Raw("true", "true");
        yield return Raw("XML", "<finding><externalId>x</externalId></finding>");
        yield return Raw("form encoded", "externalId=x&municipality=44021");
        yield return Raw("1 MB of garbage", new string('{', 1_000_000));
    }

    private static IEnumerable<HostileInput> WrongEncodings()
    {
        const string category = "wrong encodings";
        var valid = Valid();
        yield return new(category, "UTF-16 with its BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(valid)]);
        yield return new(category, "UTF-16 without BOM", Encoding.Unicode.GetBytes(valid));
        yield return new(category, "UTF-32", Encoding.UTF32.GetBytes(valid));
        yield return new(category, "invalid UTF-8 in a string", Encoding.UTF8.GetBytes(valid).Select(b => b == (byte)'K' ? (byte)0xC3 : b).ToArray());
        yield return new(category, "Latin-1 é in a string", Encoding.Latin1.GetBytes(valid.Replace("Korenmarkt", "Korenmarkté", StringComparison.Ordinal)));
        yield return new(category, "overlong UTF-8 quote", [.. "{\"externalId\":\""u8, 0xC0, 0xA2, .. "\"}"u8]);
        yield return new(category, "two UTF-8 BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(valid)]);
        yield return new(category, "no content type", Encoding.UTF8.GetBytes(valid), MediaType: null);
        yield return new(category, "text/plain", Encoding.UTF8.GetBytes(valid), "text/plain");
        yield return new(category, "application/xml", Encoding.UTF8.GetBytes(valid), "application/xml");
        yield return new(category, "form content type", Encoding.UTF8.GetBytes("externalId=x"), "application/x-www-form-urlencoded");
        yield return new(category, "gzip bytes", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
    }

    private static IEnumerable<HostileInput> WrongTypes()
    {
        const string category = "wrong JSON types";
        JsonNode?[] wrongForText = [12, true, new JsonArray(), new JsonObject()];
        string[] textFields =
        [
            "externalId", "municipality", "infractionCode", "factsAt", "findingAt", "description",
            "place.street", "place.postalCode", "offender.type", "offender.nationalRegisterNumber", "offender.lastName", "offender.birthDate", "offender.language",
        ];
        foreach (var field in textFields)
        {
            foreach (var value in wrongForText)
            {
                yield return With(category, field, value?.DeepClone());
            }
        }

        foreach (var field in new[] { "place.latitude", "place.longitude" })
        {
            yield return With(category, field, "north");
            yield return With(category, field, true);
            yield return With(category, field, new JsonArray(51, 3));
            yield return With(category, field, new JsonObject());
        }

        yield return With(category, "place", "Korenmarkt");
        yield return With(category, "place", new JsonArray());
        yield return With(category, "offender", "Jan Peeters");
        yield return With(category, "offender", 1);
        yield return With(category, "offender.address", "Korenmarkt 1");
    }

    private static IEnumerable<HostileInput> HugeStrings()
    {
        const string category = "huge strings";
        (string Field, int Limit)[] limits =
        [
            ("externalId", 100), ("infractionCode", 50), ("description", 4000),
            ("place.street", 200), ("place.houseNumber", 20), ("place.city", 100),
            ("offender.lastName", 200), ("offender.firstName", 200),
        ];
        foreach (var (field, limit) in limits)
        {
            yield return With(category, field, new string('x', limit + 1), $"{field}: {limit + 1} characters");
            yield return With(category, field, new string('é', limit + 1), $"{field}: {limit + 1} two-byte characters");
        }

        yield return With(category, "description", new string('x', 1_000_000), "description: 1 MB");
        yield return With(category, "externalId", new string('x', 1_000_000), "externalId: 1 MB");
        yield return With(category, "municipality", new string('4', 1000), "municipality: 1000 digits");
        yield return With(category, "offender.nationalRegisterNumber", new string('8', 1000), "nationalRegisterNumber: 1000 digits");
        yield return With(category, "place.latitude", JsonNode.Parse("1" + new string('0', 400)), "latitude: 1e400 written out");
        yield return With(category, "place.latitude", JsonNode.Parse("1e400"), "latitude: 1e400");
    }

    private static IEnumerable<HostileInput> ControlCharacters()
    {
        const string category = "control characters";
        (string Name, string Text)[] controls =
        [
            ("NUL", "Koren\0markt"), ("BEL", "Koren\amarkt"), ("backspace", "Koren\bmarkt"), ("escape", "Koren\u001b[31mmarkt"),
            ("form feed", "Koren\fmarkt"), ("vertical tab", "Koren\vmarkt"), ("DEL", "Koren\u007fmarkt"), ("C1 NEL", "Koren\u0085markt"),
        ];
        foreach (var field in new[] { "externalId", "description", "place.street", "place.city", "offender.lastName", "offender.firstName" })
        {
            foreach (var (name, text) in controls)
            {
                yield return With(category, field, text, $"{field}: {name}");
            }
        }
    }

    private static IEnumerable<HostileInput> ImpossibleDates()
    {
        const string category = "impossible dates";
        string[] instants =
        [
            "2023-02-29T10:00:00+01:00", "2025-02-29T10:00:00+01:00", "2025-02-30T10:00:00+01:00", "2025-13-01T10:00:00+01:00",
            "2025-00-10T10:00:00+01:00", "2025-03-00T10:00:00+01:00", "2025-04-31T10:00:00+02:00", "2025-03-01T24:00:00+01:00",
            "2025-03-01T23:60:00+01:00", "2025-03-01T23:59:61+01:00", "2025-03-01T10:00:00+25:00", "2025-03-01T10:00:00+14:30",
            "2025-03-01T10:00:00-99:00", "01/03/2025 10:00", "1 March 2025", "2025-03-01 10:00:00+01:00x",
            "", "now", "0000-00-00T00:00:00Z", "9999-12-31T23:59:59+01:00", "-2025-03-01T10:00:00+01:00", "+12025-03-01T10:00:00Z",
        ];
        foreach (var instant in instants)
        {
            yield return With(category, "factsAt", instant);
        }

        foreach (var instant in new[] { "2023-02-29T10:00:00+01:00", "2025-03-01T24:00:00+01:00", "2025-03-01T10:00:00+25:00" })
        {
            yield return With(category, "findingAt", instant);
        }

        foreach (var date in new[] { "2023-02-29", "1988-02-30", "1988-13-01", "1988-00-01", "29/02/1988", "1988-2-29", "2030-01-01" })
        {
            yield return With(category, "offender.birthDate", date);
        }
    }

    private static IEnumerable<HostileInput> OutOfRangeCoordinates()
    {
        const string category = "coordinates";
        foreach (var latitude in new[] { 91, -91, 90.000001, 1e6, -1e308 })
        {
            yield return With(category, "place.latitude", latitude);
        }

        foreach (var longitude in new[] { 181, -181, 180.000001, 1e6, 1e308 })
        {
            yield return With(category, "place.longitude", longitude);
        }

        foreach (var notANumber in new[] { "NaN", "Infinity", "-Infinity", "" })
        {
            yield return With(category, "place.latitude", notANumber);
            yield return With(category, "place.longitude", notANumber);
        }

        yield return With(category, "place.longitude", null, "latitude without longitude");
        yield return With(category, "place.latitude", null, "longitude without latitude");
    }

    private static IEnumerable<HostileInput> BadIdentifiers()
    {
        const string category = "invalid identifiers";
        foreach (var number in new[] { "88022999991", "8802299999", "880229999912", "88.02.29-999.92", "AAAAAAAAAAA", "00000000000", "99999999999", "88022999997", "' OR 1=1 --" })
        {
            yield return With(category, "offender.nationalRegisterNumber", number);
        }

        foreach (var nis in new[] { "4402", "440210", "4402a", " 44021", "44021 ", "", "٤٤٠٢١", "44021' OR '1'='1" })
        {
            yield return With(category, "municipality", nis);
        }

        foreach (var postalCode in new[] { "0900", "900", "90000", "9OOO", "9000'; --" })
        {
            yield return With(category, "place.postalCode", postalCode);
        }

        foreach (var plate in new[] { "", new string('A', 100), "1-ABC-123\0" })
        {
            yield return With(category, "offender", FindingRequests.Vehicle(plate, "BE"), $"plate = {Shorten(plate)}");
        }

        foreach (var country in new[] { "B", "BEL", "be1", "12", "'" })
        {
            yield return With(category, "offender", FindingRequests.Vehicle("1-ABC-123", country), $"vehicle country = {country}");
        }

        foreach (var enterprise in new[] { "0123456789", "123", "BE0123.456.78", "abcdefghij" })
        {
            yield return With(category, "offender", FindingRequests.Company(enterprise), $"enterprise number = {enterprise}");
        }
    }

    /// <summary>Evidence photos that are too big, too many, not what they claim to be, or not even base64.</summary>
    private static IEnumerable<HostileInput> BadPhotos()
    {
        const string category = "photos";
        HostileInput Photos(string name, params JsonNode?[] photos) => With(category, "photos", new JsonArray(photos), name);
        HostileInput Photo(string name, string fileName, string contentType, byte[] content) =>
            Photos(name, FindingRequests.Photo(fileName, contentType, content));
        HostileInput Field(string name, string field, JsonNode? value)
        {
            var photo = FindingRequests.Photo("foto.jpg", "image/jpeg", SampleFiles.Jpeg());
            photo[field] = value;
            return Photos(name, photo);
        }

        yield return Photo("10 MB and one byte", "groot.jpg", "image/jpeg", SampleFiles.Jpeg(length: (10 * 1024 * 1024) + 1));
        yield return Photos("11 photos", [.. Enumerable.Range(0, 11).Select(i => FindingRequests.Photo($"foto{i}.jpg", "image/jpeg", SampleFiles.Jpeg($"{i}")))]);
        yield return Photo("HTML declared image/jpeg", "foto.jpg", "image/jpeg", "<!DOCTYPE html><html><body>hi</body></html>"u8.ToArray());
        yield return Photo("script declared image/jpeg", "foto.jpg", "image/jpeg", "<script>alert(document.cookie)</script>"u8.ToArray());
        yield return Photo("SVG with a script declared image/svg+xml", "foto.svg", "image/svg+xml", "<svg onload=\"alert(1)\"/>"u8.ToArray());
        yield return Photo("PDF declared image/png", "foto.png", "image/png", SampleFiles.Pdf());
        yield return Photo("PDF declared application/pdf (no photo)", "foto.pdf", "application/pdf", SampleFiles.Pdf());
        yield return Photo("EXE (MZ) declared image/jpeg", "foto.jpg", "image/jpeg", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
        yield return Photo("PNG declared image/jpeg", "foto.jpg", "image/jpeg", SampleFiles.Png());
        yield return Photo("JPEG declared text/html", "foto.html", "text/html", SampleFiles.Jpeg());
        yield return Photo("JPEG header cut short", "foto.jpg", "image/jpeg", [0xFF, 0xD8]);
        yield return Photo("empty content", "foto.jpg", "image/jpeg", []);
        yield return Photo("file name with NUL", "foto\0.jpg", "image/jpeg", SampleFiles.Jpeg());
        yield return Photo("file name with escape", "foto\u001b[31m.jpg", "image/jpeg", SampleFiles.Jpeg());
        yield return Photo("file name of 201 characters", new string('x', 197) + ".jpg", "image/jpeg", SampleFiles.Jpeg());
        yield return Photo("file name of folders only", "../../", "image/jpeg", SampleFiles.Jpeg());
        yield return Field("content not base64", "content", "this is not base64!");
        yield return Field("content base64 with bad padding", "content", "/9j/4A=");
        yield return Field("content a number", "content", 12);
        yield return Field("content null", "content", null);
        yield return Field("content type missing", "contentType", null);
        yield return Field("file name missing", "fileName", null);
        yield return Photos("a null photo", [null]);
        yield return With(category, "photos", "foto.jpg", "photos a string");
        yield return With(category, "photos", new JsonObject(), "photos an object");
    }

    private static IEnumerable<HostileInput> UnknownReferences()
    {
        const string category = "unknown values";
        foreach (var type in new[] { "Animal", "person", "PERSON", "0", "1", "Person\0", "" })
        {
            yield return With(category, "offender.type", type);
        }

        foreach (var language in new[] { "en", "NL", "nl-BE", "", "nederlands" })
        {
            yield return With(category, "offender.language", language);
        }

        foreach (var code in new[] { "JAYWALKING", "litter", "LITTER ", "", "'; DROP TABLE \"Cases\"; --", "<script>" })
        {
            yield return With(category, "infractionCode", code);
        }

        foreach (var nis in new[] { "99999", "00000", "11002" })
        {
            yield return With(category, "municipality", nis, $"municipality {nis} unknown or not the finder's");
        }

        yield return With(category, "externalId", string.Empty);
        yield return With(category, "externalId", "   ");
        yield return With(category, "place", null);
        yield return With(category, "offender", null);
        yield return With(category, "place", new JsonObject(), "place without street or position");
    }
}
