namespace Sac.Testing;

/// <summary>An empty folder under the system's temporary folder, deleted on dispose with everything in it and its <see cref="TestDatabase"/>.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sac-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        TestDatabase.For(Path).Drop();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
