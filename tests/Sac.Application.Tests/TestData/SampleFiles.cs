namespace Sac.Application.Tests.TestData;

/// <summary>Files whose first bytes are what their type says (the validators check them), padded with zeros to a length.</summary>
internal static class SampleFiles
{
    public static byte[] Jpeg(int length = 16) => Padded([0xFF, 0xD8, 0xFF, 0xE0], length);

    public static byte[] Png(int length = 16) => Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], length);

    public static byte[] Pdf(int length = 16) => Padded("%PDF-1.7\n"u8.ToArray(), length);

    private static byte[] Padded(byte[] header, int length)
    {
        var bytes = new byte[Math.Max(length, header.Length)];
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
