using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace IkmDomain.Cli.Tool;

/// <summary>
/// Spectre's help, plus a note on <c>--lang</c> under the tool's own help and a branch's (<c>ikm regions</c>): they
/// have no settings of their own, so Spectre lists only --help there, while every command takes --lang (and lists
/// it in its own help).
/// </summary>
internal sealed class ToolHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <summary>The note printed under <c>ikm --help</c>.</summary>
    internal static string LangNote => ToolText.T(
        "Every command takes --lang <LANG>: the language of the messages, en (English, default) or id (Bahasa Indonesia), for example ikm validate products.csv --lang id.",
        "Setiap perintah menerima --lang <LANG>: bahasa pesan, en (Inggris, bawaan) atau id (Bahasa Indonesia), misalnya ikm validate products.csv --lang id.");

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        var footer = base.GetFooter(model, command);
        return command is null || command.IsBranch
            ? footer.Concat([Text.NewLine, new Text(LangNote), Text.NewLine])
            : footer;
    }
}
