using System;
using System.Linq;
using System.Text.Json;
using IkmDomain.Regions;

namespace IkmDomain.Tests.Common;

/// <summary>Every public IkmDomain enum reads and writes as its name in JSON (JsonStringEnumConverter on the enum).</summary>
public class EnumJsonTests
{
    [Fact]
    public void Every_public_enum_writes_its_name_and_reads_it_back()
    {
        var enums = typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();
        Assert.True(enums.Count >= 15, string.Join(", ", enums.Select(t => t.Name)));
        Assert.All(enums, type =>
        {
            var value = Enum.GetValues(type).GetValue(0)!;
            var json = JsonSerializer.Serialize(value, type);
            Assert.Equal("\"" + value + "\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, type));
        });
    }

    [Fact]
    public void A_region_level_is_a_name_in_a_record()
    {
        var json = JsonSerializer.Serialize(new { Level = RegionLevel.Regency });
        Assert.Equal("{\"Level\":\"Regency\"}", json);
    }
}
