namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>The persistence suite on a real SQLite file in a temp directory.</summary>
public sealed class SqlitePersistenceTests(SqliteDatabaseFixture fixture) : PersistenceSuite(fixture), IClassFixture<SqliteDatabaseFixture>;
