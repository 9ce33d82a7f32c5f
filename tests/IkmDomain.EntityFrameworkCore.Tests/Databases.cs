using System;
using System.Threading.Tasks;
using IkmDomain.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IkmDomain.EntityFrameworkCore.Tests;

/// <summary>Opens a fresh database of one kind, created from the model.</summary>
public interface IDatabase
{
    string Name { get; }

    Task<IkmDbContext> CreateContextAsync();
}

public sealed class SqliteDatabase : IDatabase, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private bool _created;

    public string Name => "SQLite";

    public async Task<IkmDbContext> CreateContextAsync()
    {
        if (!_created)
        {
            await _connection.OpenAsync();
        }

        var options = new DbContextOptionsBuilder<IkmDbContext>().UseSqlite(_connection).UseIkmDomain().EnableSensitiveDataLogging().Options;
        var context = new IkmDbContext(options);
        if (!_created)
        {
            await context.Database.EnsureCreatedAsync();
            _created = true;
        }

        return context;
    }

    public void Dispose() => _connection.Dispose();
}

public sealed class PostgresDatabase(PostgresServer server) : IDatabase
{
    private string? _connectionString;

    public string Name => "PostgreSQL";

    public async Task<IkmDbContext> CreateContextAsync()
    {
        var created = _connectionString is not null;
        _connectionString ??= await server.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<IkmDbContext>().UseNpgsql(_connectionString).UseIkmDomain().EnableSensitiveDataLogging().Options;
        var context = new IkmDbContext(options);
        if (!created)
        {
            await context.Database.EnsureCreatedAsync();
        }

        return context;
    }
}
