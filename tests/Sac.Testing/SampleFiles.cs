namespace Sac.Testing;

/// <summary>
/// Files whose first bytes are what their type says (Sac checks them), each with a distinct body so that two digests
/// differ, padded with zeros to a length.
/// </summary>
public static class SampleFiles
{
    public static byte[] Jpeg(string body = "", int length = 0) => Build([0xFF, 0xD8, 0xFF, 0xE0], body, length);

    public static byte[] Png(string body = "", int length = 0) => Build([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], body, length);

    public static byte[] Pdf(string body = "", int length = 0) => Build([.. "%PDF-1.7\n"u8], body, length);

    private static byte[] Build(byte[] header, string body, int length)
    {
        byte[] content = [.. header, .. System.Text.Encoding.UTF8.GetBytes(body)];
        return content.Length >= length ? content : [.. content, .. new byte[length - content.Length]];
    }
}
