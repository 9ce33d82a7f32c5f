namespace IkmDomain.EntityFrameworkCore.Tests;

/// <summary>One PostgreSQL server (tests/Shared/PostgresServer.cs) for every test class in the collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<IkmDomain.TestSupport.PostgresServer>
{
    public const string Name = "PostgreSQL";
}
