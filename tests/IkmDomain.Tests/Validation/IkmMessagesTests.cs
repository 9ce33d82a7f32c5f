using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentValidation;

namespace IkmDomain.Tests.Validation;

public class IkmMessagesTests
{
    private sealed record Box(string? Value);

    private sealed class BoxValidator : AbstractValidator<Box>
    {
        public BoxValidator() => RuleFor(x => x.Value).NotEmpty().WithIkmError(IkmErrorCodes.Required);
    }

    [Fact]
    public void Every_code_looks_like_IKM_and_three_digits_and_has_both_languages()
    {
        Assert.NotEmpty(IkmMessages.Codes);
        foreach (var code in IkmMessages.Codes)
        {
            Assert.Matches(new Regex("^IKM[0-9]{3}$"), code);
            Assert.False(string.IsNullOrWhiteSpace(IkmMessages.English(code)), code);
            Assert.False(string.IsNullOrWhiteSpace(IkmMessages.Indonesian(code)), code);
            Assert.NotEqual(IkmMessages.English(code), IkmMessages.Indonesian(code));
        }
    }

    [Fact]
    public void Every_public_code_constant_has_messages_and_is_unique()
    {
        var constants = typeof(IkmErrorCodes).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.All(constants, c => Assert.Contains(c, IkmMessages.Codes));
    }

    [Fact]
    public void Every_code_is_listed_in_docs_error_codes()
    {
        var doc = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "error-codes.md"));

        Assert.All(IkmMessages.Codes, c => Assert.Contains("| " + c + " |", doc));
    }

    [Fact]
    public void Unknown_code_throws_ArgumentException_naming_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => IkmMessages.Get("IKM999"));
        Assert.Contains("IKM999", ex.Message);
    }

    [Fact]
    public void Failure_carries_code_property_and_English_message()
    {
        var result = new BoxValidator().Validate(new Box(""), o => o.IncludeAllRuleSets());
        var failure = Assert.Single(result.Errors);

        Assert.Equal("IKM001", failure.ErrorCode);
        Assert.Equal("Value", failure.PropertyName);
        Assert.Equal("'Value' is required.", WithCulture("en-US", () => new BoxValidator().Validate(new Box("")).Errors.Single().ErrorMessage));
    }

    [Fact]
    public void Indonesian_culture_gives_Indonesian_message()
    {
        var message = WithCulture("id-ID", () => new BoxValidator().Validate(new Box(null)).Errors.Single().ErrorMessage);

        Assert.Equal("'Value' wajib diisi.", message);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IkmDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    internal static T WithCulture<T>(string name, Func<T> action)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
