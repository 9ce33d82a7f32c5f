using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace IkmDomain.TestSupport;

/// <summary>
/// A real PostgreSQL server for the tests: the one in IKM_TEST_POSTGRES when set (what .ci/run exports),
/// otherwise a throwaway server started from the Debian binaries (initdb + pg_ctl as the postgres user when
/// running as root, a data folder under /tmp, a free port on 127.0.0.1), stopped and deleted at the end.
/// With neither, every PostgreSQL test fails with a message saying how to install it.
/// </summary>
/// <remarks>
/// Shared source (tests/Shared, linked into tests/IkmDomain.EntityFrameworkCore.Tests and tests/IkmDomain.PackageTests):
/// one way to get a server, the same as .ci/run's. Each project declares its own xunit collection or class fixture.
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "IKM_TEST_POSTGRES";

    private string? _dataFolder;
    private string? _pgCtl;
    private bool _asPostgresUser;
    private string? _failure;
    private string _baseConnectionString = string.Empty;

    public async Task InitializeAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            _baseConnectionString = fromEnvironment;
            return;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            _failure = $"No PostgreSQL server for the tests: set {EnvironmentVariable} to a connection string (Host=...;Username=...;Password=...), "
                + "or install the Debian packages (sudo apt-get update && sudo apt-get install -y postgresql) so the tests start their own server.";
            return;
        }

        _pgCtl = Path.Combine(bin, "pg_ctl");
        _asPostgresUser = Environment.UserName == "root";
        _dataFolder = Path.Combine(Path.GetTempPath(), "ikm-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_dataFolder);
        if (_asPostgresUser)
        {
            await RunAsync("chown", $"postgres \"{_dataFolder}\"", asPostgres: false);
        }

        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), $"-D \"{_dataFolder}/data\" -U postgres --auth=trust -E UTF8 --no-sync", _asPostgresUser);
        await RunAsync(_pgCtl, $"-D \"{_dataFolder}/data\" -l \"{_dataFolder}/server.log\" -w -t 60 -o \"-p {port} -k {_dataFolder} -c listen_addresses=127.0.0.1 -c fsync=off\" start", _asPostgresUser);
        _baseConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    public async Task DisposeAsync()
    {
        if (_dataFolder is null || _pgCtl is null)
        {
            return;
        }

        try
        {
            await RunAsync(_pgCtl, $"-D \"{_dataFolder}/data\" -m immediate -w stop", _asPostgresUser);
        }
        finally
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    /// <summary>A connection string to a new, empty database.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException(_failure);
        }

        var name = "ikm_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(_baseConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_baseConnectionString) { Database = name }.ConnectionString;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- \"{file}\" {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
