namespace Sac.Testing;

/// <summary>The repository the tests were built from, for tests that read its sources (views, resources) or start its builds.</summary>
public static class SourceTree
{
    /// <summary>The folder holding <c>Sac.sln</c>, above the test's binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Sac.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Sac.sln above {AppContext.BaseDirectory}.");
    }
}
