using System.Collections.Generic;
using System.Text;

namespace IkmDomain.Cli.Commands;

/// <summary>A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside quotes.</summary>
internal static class CsvTable
{
    /// <summary>One record: the 1-based line on which it starts and its fields.</summary>
    internal readonly record struct CsvRow(int Line, IReadOnlyList<string> Fields);

    /// <summary>Splits <paramref name="text"/> into records, skipping blank lines.</summary>
    /// <exception cref="InputFileException">A quoted field is not closed.</exception>
    public static List<CsvRow> Parse(string text, string path)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var inQuotes = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = true;
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new InputFileException($"{path}: line {start}: a quoted field is not closed.");
        }

        EndRecord();
        return rows;

        void EndRecord()
        {
            if (fields.Count > 0 || field.Length > 0 || quoted)
            {
                fields.Add(field.ToString());
                rows.Add(new CsvRow(start, fields.ToArray()));
            }

            fields.Clear();
            field.Clear();
            quoted = false;
        }
    }
}
