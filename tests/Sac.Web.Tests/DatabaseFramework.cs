using Sac.Testing;

// Runs on the database the environment names; reports every test as skipped, with the reason, if that database is not there.
[assembly: TestFramework(DatabaseTestFramework.TypeName, DatabaseTestFramework.AssemblyName)]
