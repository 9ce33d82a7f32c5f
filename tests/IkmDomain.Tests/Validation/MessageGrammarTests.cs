using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace IkmDomain.Tests.Validation;

/// <summary>
/// Issue 14 (found by a newcomer): IKM322 read "is a unknown NPWP" because its template put "a" before a
/// placeholder whose value may start with a vowel. Every English template is checked for that kind of slip:
/// no article directly before a placeholder, "a" never before a vowel-initial word and "an" never before a
/// consonant-initial lower-case word; Indonesian templates carry no English articles.
/// </summary>
public class MessageGrammarTests
{
    // Words that start with a vowel letter but a consonant sound ("a unit", "a one-off", "a European", "a usual").
    private static readonly string[] ConsonantSound = ["uni", "use", "usu", "one", "eu", "uk"];

    [Fact]
    public void No_english_article_stands_before_a_placeholder()
    {
        var bad = IkmMessages.Codes.Where(c => Regex.IsMatch(IkmMessages.English(c), @"\b[Aa]n? \{")).ToList();
        Assert.True(bad.Count == 0, "Article before a placeholder: " + string.Join("; ", bad.Select(c => c + ": " + IkmMessages.English(c))));
    }

    [Fact]
    public void A_and_an_agree_with_the_next_word()
    {
        var problems = (from code in IkmMessages.Codes
                        let text = IkmMessages.English(code)
                        from Match m in Regex.Matches(text, @"\b([Aa]n?) ([A-Za-z]+)")
                        let article = m.Groups[1].Value.ToLowerInvariant()
                        let word = m.Groups[2].Value
                        let vowel = "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal)
                            && !ConsonantSound.Any(p => word.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                        where (article == "a" && vowel) || (article == "an" && !vowel && char.IsLower(word[0]) && !word.StartsWith('h'))
                        select $"{code}: '{m.Value}' in \"{text}\"").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Indonesian_messages_carry_no_english_articles()
    {
        var bad = IkmMessages.Codes.Where(c => Regex.IsMatch(IkmMessages.Indonesian(c), @"(^|[^{\w])(a|an|the|is|must) ")).ToList();
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad.Select(c => c + ": " + IkmMessages.Indonesian(c))));
    }

    [Theory]
    [InlineData(NpwpTaxpayerType.Unknown, "'Npwp' 123 is an NPWP of taxpayer type 'unknown'")]
    [InlineData(NpwpTaxpayerType.Individual, "'Npwp' 123 is an NPWP of taxpayer type 'individual'")]
    public void The_npwp_type_message_reads_for_a_vowel_initial_type(NpwpTaxpayerType type, string start)
    {
        var text = IkmMessages.English(IkmErrorCodes.NpwpTaxpayerTypeMismatch)
            .Replace("{PropertyName}", "Npwp", StringComparison.Ordinal)
            .Replace("{PropertyValue}", "123", StringComparison.Ordinal)
            .Replace("{TaxpayerType}", type.ToString().ToLowerInvariant(), StringComparison.Ordinal);
        Assert.StartsWith(start, text, StringComparison.Ordinal);
    }
}
