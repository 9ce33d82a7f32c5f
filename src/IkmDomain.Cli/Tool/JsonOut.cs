using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IkmDomain.Cli.Tool;

/// <summary>Writes one JSON document to stdout (indented, invariant, non-ASCII letters kept as they are).</summary>
internal static class JsonOut
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Action<Utf8JsonWriter> write)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, Options))
        {
            write(writer);
        }

        stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }
}
