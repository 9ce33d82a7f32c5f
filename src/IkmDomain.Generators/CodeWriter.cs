using System.Text;

namespace IkmDomain.Generators;

/// <summary>A StringBuilder with indentation and LF line ends, whatever the OS.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4);
        }

        _sb.Append(text).Append('\n');
    }

    public void Lines(params string[] lines)
    {
        foreach (var line in lines)
        {
            Line(line);
        }
    }

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close(string text = "}")
    {
        _indent--;
        Line(text);
    }

    public override string ToString() => _sb.ToString();
}
