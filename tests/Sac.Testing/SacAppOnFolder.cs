namespace Sac.Testing;

/// <summary>
/// The application on the database files of a folder that outlives it: a second instance on the same folder is the
/// same application after a restart. The folder is the test's (see <see cref="TemporaryFolder"/>).
/// </summary>
public sealed class SacAppOnFolder(string dataDirectory) : SacAppFactory(dataDirectory);
