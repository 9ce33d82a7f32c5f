using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.TestSupport;

namespace IkmDomain.PackageTests;

/// <summary>
/// Issue 16's "done when": a fresh web app referencing only the packed packages, whose Program.cs is the README's
/// "A complete web app" block word for word, stores and queries every IkmDomain value type in SQLite and in PostgreSQL,
/// binds them in routes, queries and bodies with problem details on bad input, and streams a feed. The app runs in its
/// own process on Kestrel (127.0.0.1, a free port) and the test calls it over HTTP.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadmeWebAppTests(PackageFixture packages, PostgresServer postgres) : IClassFixture<PostgresServer>
{
    /// <summary>The marker line before the README block this test runs (ReadmeSampleTests reads the same marker).</summary>
    internal const string Marker = "<!-- README sample compiled by tests/IkmDomain.PackageTests/ReadmeWebAppTests.cs -->";

    private static readonly SemaphoreSlim BuildLock = new(1, 1);
    private static string? _app;

    [Fact]
    public async Task The_README_web_app_works_on_SQLite()
    {
        var folder = Path.Combine(packages.WorkDirectory, "sqlite-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);

        await RunAsync(folder, ("ConnectionStrings__Sqlite", "Data Source=" + Path.Combine(folder, "crafts.db")));

        Assert.True(File.Exists(Path.Combine(folder, "crafts.db")), "the app did not use the SQLite file it was given");
    }

    [Fact]
    public async Task The_README_web_app_works_on_PostgreSQL()
    {
        var folder = Path.Combine(packages.WorkDirectory, "postgres-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var connectionString = await postgres.CreateDatabaseAsync();

        await RunAsync(folder, ("ConnectionStrings__Postgres", connectionString));

        Assert.False(File.Exists(Path.Combine(folder, "crafts.db")), "the app fell back to SQLite instead of PostgreSQL");
    }

    [Fact]
    public void The_README_block_is_a_whole_program()
    {
        var code = ReadmeBlock(packages.RepositoryRoot);

        Assert.Contains("app.Run();", code);
        Assert.Contains("UseNpgsql", code);
        Assert.Contains("UseSqlite", code);
    }

    /// <summary>The C# block after <see cref="Marker"/> in README.md.</summary>
    internal static string ReadmeBlock(string repositoryRoot)
    {
        var lines = File.ReadAllLines(Path.Combine(repositoryRoot, "README.md"));
        var at = Array.IndexOf(lines, Marker);
        Assert.True(at >= 0, "README.md has no line " + Marker);
        Assert.Equal("```csharp", lines[at + 1]);
        var end = Array.IndexOf(lines, "```", at + 2);
        return string.Join('\n', lines[(at + 2)..end]) + "\n";
    }

    private async Task<string> BuildOnceAsync()
    {
        await BuildLock.WaitAsync();
        try
        {
            return _app ??= ConsumerAppTests.Build(packages, "readme-web-app", "WebConsumer.csproj", ReadmeBlock(packages.RepositoryRoot));
        }
        finally
        {
            BuildLock.Release();
        }
    }

    private async Task RunAsync(string workingDirectory, (string Name, string Value) database)
    {
        var app = await BuildOnceAsync();
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(app, "bin", "Release", "net10.0", "WebConsumer.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment[database.Name] = database.Value;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilListeningAsync(http, process, output);
            await new Session(http).RunAsync();
        }
        catch (Exception ex) when (ex is not TimeoutException)
        {
            string log;
            lock (output)
            {
                log = output.ToString();
            }

            throw new InvalidOperationException("The README web app failed; its output:\n" + log, ex);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
    }

    private static async Task WaitUntilListeningAsync(HttpClient http, Process process, StringBuilder output)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (process.HasExited)
            {
                lock (output)
                {
                    throw new InvalidOperationException($"The README web app exited ({process.ExitCode}) before listening:\n{output}");
                }
            }

            try
            {
                using var response = await http.GetAsync("/makers");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException("The README web app did not listen within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>What a client does against the README app, with the answers it must get.</summary>
    private sealed class Session(HttpClient http)
    {
        public async Task RunAsync()
        {
            // Store: two of each, different in every IkmDomain member, so a filter that is ignored returns both.
            await Created("/makers", """{"name":"Sanggar Topeng Asmoro","nib":"8120000123456","npwp":"01.234.567.8-901.000","ownerNik":"3573011708900001","phone":"+6281234567890","kbli":"16293","region":"35.73.01.1001","postalCode":"65145","capital":"IDR 250000000"}""");
            await Created("/makers", """{"name":"Batik Semarangan","nib":"9120000000001","npwp":"02.345.678.9-012.000","ownerNik":"3374012708900002","phone":"+6285712345678","kbli":"13133","region":"33.74","postalCode":"50132","capital":{"amount":40000000,"currency":"IDR"}}""");
            await Created("/products", Product("TOPENG-01", "kayu", "ukir", "4006381333931", "4420.11", "600 g", "30.5 x 20 x 10 cm", "Rp150.000", "IDR", "35.73.01"));
            await Created("/products", Product("BATIK-02", "textiles", "batik tulis", "8991234567891", "6304.91", "250 g", "200 x 110 x 1 cm", "USD 45", "USD", "33.74"));
            await Created("/shipments", """{"reference":"EXP-1","destination":"JP","period":"2024","source":"Kemenperin","currency":"USD","rate":"USD/IDR 16250","value":{"amount":12500,"currency":"USD"}}""");
            await Created("/shipments", """{"reference":"EXP-2","destination":"NL","period":"2025-03","source":"BPS","currency":"EUR","rate":"EUR/IDR 17500","value":"EUR 8000"}""");

            // Route values.
            Assert.Equal(["8120000123456"], await Strings("/regions/35.73/makers"));
            Assert.Equal(["9120000000001"], await Strings("/regions/33/makers"));
            using (var maker = await Json("/makers/8120000123456"))
            {
                Assert.Equal("8120000123456", maker.RootElement.GetProperty("nib").GetString());
                Assert.Equal("35.73.01.1001", maker.RootElement.GetProperty("region").GetString());
            }

            // Query values: one filter at a time, each must select exactly the first record.
            foreach (var query in new[] { "npwp=01.234.567.8-901.000", "nik=3573011708900001", "phone=%2B6281234567890", "kbli=16293", "postalCode=65145", "minCapital=IDR%20100000000" })
            {
                Assert.True((await Strings("/makers?" + query)).SequenceEqual(["8120000123456"]), "/makers?" + query);
            }

            foreach (var query in new[] { "material=kayu", "technique=ukir", "gtin=4006381333931", "hsCode=4420.11", "weight=600%20g", "dimensions=30.5%20x%2020%20x%2010%20cm",
                         "link=https%3A%2F%2Fshop.example.id%2Fp%2FTOPENG-01", "origin=35.73", "currency=IDR" })
            {
                Assert.True((await Strings("/products?" + query)).SequenceEqual(["TOPENG-01"]), "/products?" + query);
            }

            foreach (var query in new[] { "destination=JPN", "period=2024", "source=kemenperin", "currency=USD", "rate=USD%2FIDR%2016250" })
            {
                Assert.True((await Strings("/shipments?" + query)).SequenceEqual(["EXP-1"]), "/shipments?" + query);
            }

            // Bad input: 400 problem details with the IKM code and the library's explanation.
            await Problem(await http.GetAsync("/regions/35.70/makers"), "IKM201", "35.70");
            await Problem(await http.GetAsync("/products?gtin=4006381333932"), "IKM", "4006381333932");
            await Problem(await Post("/products", Product("X-1", "kayu", "ukir", "4006381333931", "4420.11", "600 g", "30 x 20 x 10 cm", "Rp1.5", "IDR", "35.73")), "IKM101", null);
            await Problem(await Post("/makers", """{"name":"X","nib":"81200001234","kbli":"16293","region":"35.73","capital":"Rp1"}"""), "IKM", "81200001234");

            // The feed of the stored products, streamed.
            using var feed = await http.GetAsync("/feeds/google.tsv");
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
            Assert.StartsWith("text/tab-separated-values", feed.Content.Headers.ContentType!.ToString());
            var rows = (await feed.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, rows.Length);
            Assert.StartsWith("TOPENG-01\t", rows[1]);
            Assert.Contains("150000.00 IDR", rows[1]);
            Assert.StartsWith("BATIK-02\t", rows[2]);
            Assert.Contains("45.00 USD", rows[2]);
        }

        private static string Product(string sku, string material, string technique, string gtin, string hs, string weight, string dimensions, string price, string currency, string origin) =>
            JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["sku"] = sku, ["title"] = "Kerajinan " + sku, ["description"] = "Buatan tangan.", ["materials"] = new[] { material }, ["technique"] = technique,
                ["gtin"] = gtin, ["hsCode"] = hs, ["weight"] = weight, ["dimensions"] = dimensions, ["price"] = price, ["currency"] = currency, ["originRegion"] = origin,
                ["imageLinks"] = new[] { $"https://shop.example.id/i/{sku}.jpg" }, ["link"] = $"https://shop.example.id/p/{sku}", ["brand"] = "Sanggar",
            });

        private Task<HttpResponseMessage> Post(string path, string json) =>
            http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        private async Task Created(string path, string json)
        {
            using var response = await Post(path, json);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} {json}: {(int)response.StatusCode} {body}");
        }

        private async Task<string[]> Strings(string path)
        {
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
            return JsonSerializer.Deserialize<string[]>(body)!;
        }

        private async Task<JsonDocument> Json(string path)
        {
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body);
        }

        private static async Task Problem(HttpResponseMessage response, string codePrefix, string? detailContains)
        {
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {body}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
                using var problem = JsonDocument.Parse(body);
                var code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString()
                    : problem.RootElement.TryGetProperty("ikmErrors", out var errors) ? errors[0].GetProperty("code").GetString() : null;
                Assert.True(code is not null && code.StartsWith(codePrefix, StringComparison.Ordinal), $"{response.RequestMessage!.RequestUri}: code {code}: {body}");
                if (detailContains is not null)
                {
                    Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString());
                }
            }
        }
    }
}
