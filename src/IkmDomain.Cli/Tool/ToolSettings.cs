using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IkmDomain.Cli.Tool;

/// <summary>Options every command has.</summary>
internal class ToolSettings : CommandSettings
{
    /// <summary>en or id.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("Language of the messages: en (English, default) or id (Bahasa Indonesia).")]
    [DefaultValue("en")]
    public string Lang { get; init; } = "en";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Lang is not ("en" or "id"))
        {
            return ValidationResult.Error(ToolText.T($"--lang must be en or id, not '{ToolText.Clip(Lang)}'.", $"--lang harus en atau id, bukan '{ToolText.Clip(Lang)}'."));
        }

        ToolText.Indonesian = Lang == "id";
        return ValidationResult.Success();
    }

    /// <summary>An error result for a value not in <paramref name="allowed"/>, naming the nearest allowed value.</summary>
    public static ValidationResult NotOneOf(string option, string value, params string[] allowed)
    {
        var nearest = Suggest.Nearest(value, allowed);
        var hint = nearest is null ? "" : ToolText.T($" (did you mean {nearest}?)", $" (maksud Anda {nearest}?)");
        var list = string.Join(", ", allowed);
        return ValidationResult.Error(ToolText.T(
            $"{option} must be one of {list}, not '{ToolText.Clip(value)}'{hint}.",
            $"{option} harus salah satu dari {list}, bukan '{ToolText.Clip(value)}'{hint}."));
    }
}
