using System.Collections.Generic;
using System.Text.Json;

namespace IkmDomain.Tests.Businesses;

public class IdentifierJsonTests
{
    [Fact]
    public void Nib_is_a_JSON_string()
    {
        Assert.Equal("\"8120000123456\"", JsonSerializer.Serialize(Nib.Parse("8120000123456")));
        Assert.Equal(Nib.Parse("8120000123456"), JsonSerializer.Deserialize<Nib>("\"8120000123456\""));
    }

    [Fact]
    public void Npwp_is_written_in_canonical_form_and_read_in_any()
    {
        Assert.Equal("\"01.234.567.8-901.000\"", JsonSerializer.Serialize(Npwp.Parse("012345678901000")));
        Assert.Equal(Npwp.Parse("012345678901000"), JsonSerializer.Deserialize<Npwp>("\"012345678901000\""));
    }

    [Fact]
    public void Kbli_keeps_its_edition()
    {
        var json = JsonSerializer.Serialize(Kbli.Parse("13133/2025"));

        Assert.Equal("\"13133/2025\"", json);
        Assert.Equal(KbliVersion.Kbli2025, JsonSerializer.Deserialize<Kbli>(json).Version);
    }

    [Fact]
    public void Nik_and_phone_number_round_trip()
    {
        Assert.Equal("\"3573015708900001\"", JsonSerializer.Serialize(Nik.Parse("3573015708900001")));
        Assert.Equal(PhoneNumber.Parse("0812-3456-7890"), JsonSerializer.Deserialize<PhoneNumber>("\"0812-3456-7890\""));
        // The default encoder escapes '+' as \u002B; the string value is still E.164.
        Assert.Equal("+6281234567890", JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(PhoneNumber.Parse("0812-3456-7890"))));
    }

    [Fact]
    public void Bad_text_gives_JsonException_with_the_rule()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Nib>("\"123\""));

        Assert.Contains("13 digits", ex.Message);
    }

    [Fact]
    public void Non_string_token_gives_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Nib>("8120000123456"));
    }

    [Fact]
    public void Identifiers_work_as_dictionary_keys()
    {
        var map = new Dictionary<Nib, int> { [Nib.Parse("8120000123456")] = 3 };

        var json = JsonSerializer.Serialize(map);

        Assert.Equal("{\"8120000123456\":3}", json);
        Assert.Equal(3, JsonSerializer.Deserialize<Dictionary<Nib, int>>(json)![Nib.Parse("8120000123456")]);
    }
}
