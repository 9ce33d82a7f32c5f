using System;

namespace IkmDomain.Cli.Commands;

/// <summary>An input file that cannot be read at all (missing, not JSON/CSV, unknown column): exit code 2.</summary>
internal sealed class InputFileException(string message) : Exception(message);
