using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.CommonArea;

/// <summary>
/// Issue 14, "JSON of the records": reading any record that JSON can construct gives a valid record or a
/// <see cref="JsonException"/> naming the member and the rule, never another exception; valid records round-trip.
/// Checked with reflection-based default options, <see cref="JsonSerializerOptions.Web"/> (camelCase, numbers
/// from strings) and, for the documents, thousands of mutations of valid ones.
/// </summary>
public class RecordJsonFuzzTests
{
    private static readonly JsonSerializerOptions[] AllOptions = [JsonSerializerOptions.Default, JsonSerializerOptions.Web];

    /// <summary>Every record and class of the package whose instances JSON constructs, with valid samples.</summary>
    private static readonly (Type Type, Gen<object> Valid)[] Records =
    [
        (typeof(CraftProduct), IkmArbitraries.CraftProduct().Generator.Select(x => (object)x)),
        (typeof(CraftProductInput), IkmArbitraries.CraftProductInput().Generator.Select(x => (object)x)),
        (typeof(IkmBusiness), IkmArbitraries.IkmBusiness().Generator.Select(x => (object)x)),
        (typeof(Sentra), IkmArbitraries.Sentra().Generator.Select(x => (object)x)),
        (typeof(Certification), IkmArbitraries.Certification().Generator.Select(x => (object)x)),
        (typeof(ExportRecord), IkmArbitraries.ExportRecord().Generator.Select(x => (object)x)),
        (typeof(Region), Gen.Elements(RegionDirectory.Default.Provinces.Concat(RegionDirectory.Default.Search("Malang")).ToArray()).Select(x => (object)x)),
        (typeof(PublishedFigure), Gen.Elements<object>(HandicraftFacts.BusinessUnits, HandicraftFacts.Workers)),
        (typeof(HandicraftDestination), Gen.Elements(HandicraftFacts.Destinations.ToArray()).Select(x => (object)x)),
    ];

    // What a broken or hostile document puts where a member was.
    private static readonly JsonNode?[] Replacements =
    [
        null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(1.5m), JsonValue.Create(""), JsonValue.Create(" "),
        JsonValue.Create("x"), JsonValue.Create(true), JsonValue.Create("\u0000"), JsonValue.Create("\u202E"), JsonValue.Create(new string('a', 300)),
        JsonValue.Create("0000000000000"), JsonValue.Create("00"), JsonValue.Create("IDR 0"), JsonValue.Create("XXX 0"), JsonValue.Create(decimal.MaxValue),
        JsonValue.Create(long.MinValue), JsonValue.Create("2999-13"), JsonValue.Create("file:///etc/passwd"), new JsonArray(), new JsonArray((JsonNode?)null),
        new JsonArray(JsonValue.Create("")), new JsonObject(), new JsonObject { ["amount"] = -1, ["currency"] = "IDR" },
        new JsonObject { ["amount"] = 1, ["currency"] = "USD" },
    ];

    public static TheoryData<string> RecordNames => new(Records.Select(r => r.Type.Name));

    [Fact]
    public void Every_public_class_that_json_can_build_from_an_object_is_covered()
    {
        // Types of the package that reflection-based JSON constructs from "{}" or fails on for a record's reason
        // (not "no constructor"): the results, options and exceptions below are outputs, not documents users send.
        string[] outputs =
        [
            "ComtradeReadOptions", "FeedPublishOptions", "FeedPublishResult", "FeedSkippedItem", "FeedWriteResult", "FeedWriterOptions",
            "FeedBufferWriter", "FeedColumnAttribute", "FeedFieldAttribute", "FeedFormulaCell", "FeedIgnoreAttribute", "MarketplaceFeedAttribute", "ProductRejection", "IkmJsonContext",
        ];
        var constructible = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && !typeof(Exception).IsAssignableFrom(t) && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t))
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal)) // settings objects, not documents
            .Where(t => !t.Namespace!.EndsWith("Validation", StringComparison.Ordinal) || t.Name == "ProductRejection")
            .Where(t => t.GetConstructors().Length == 1 || t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => !outputs.Contains(t.Name))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(Records.Select(r => r.Type.Name).Order(StringComparer.Ordinal), constructible);
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void An_empty_or_wrongly_shaped_document_is_a_json_exception(string record)
    {
        var type = Records.Single(r => r.Type.Name == record).Type;
        foreach (var options in AllOptions)
        {
            foreach (var json in new[] { "[]", "1", "\"x\"", "true", "{", "{\"a\":}" })
            {
                Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, options));
            }

            if (type != typeof(CraftProductInput))
            {
                // Every record but the loose input has required members.
                var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{}", type, options));
                Assert.NotNull(error.Path);
            }
        }
    }

    [Fact]
    public void A_craft_product_json_error_names_the_member_and_the_rule()
    {
        // Issue 14: Deserialize<CraftProduct>("{}") threw ArgumentNullException.
        var empty = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CraftProduct>("{}"));
        Assert.StartsWith("CraftProduct member 'Sku': is required and must not be null", empty.Message, StringComparison.Ordinal);
        Assert.Equal("$", empty.Path);

        var json = JsonNode.Parse(JsonSerializer.Serialize(IkmDomain.Tests.Crafts.CraftProductTests.Sample(), JsonSerializerOptions.Web))!;
        json["title"] = " ";
        var blank = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CraftProduct>(json.ToJsonString(), JsonSerializerOptions.Web));
        Assert.StartsWith("CraftProduct member 'title': Title must not be empty or white space.", blank.Message, StringComparison.Ordinal);

        var nested = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CraftProduct[]>("[" + json.ToJsonString() + "]", JsonSerializerOptions.Web));
        Assert.Equal("$[0]", nested.Path);
    }

    [Fact]
    public void A_business_with_a_null_name_under_web_options_names_the_member()
    {
        // Issue 14: this gave a record whose Name was null. The README shows the same call.
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IkmBusiness>("""{"nib":"8120000123456","name":null}""", JsonSerializerOptions.Web));
        Assert.StartsWith("IkmBusiness member 'name': the business name is required and must not be null or blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_record_without_a_period_names_the_member()
    {
        var json = JsonSerializer.Serialize(HandicraftFacts.KemenperinExports[0]);
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("Period");
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ExportRecord>(node.ToJsonString()));
        Assert.Contains("ExportRecord member 'Period': is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_options_write_camel_case_members()
    {
        var json = JsonSerializer.Serialize(IkmDomain.Tests.Crafts.CraftProductTests.Sample(), JsonSerializerOptions.Web);
        Assert.StartsWith("{\"sku\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("primaryMaterial", json, StringComparison.Ordinal);
    }

    [Property(MaxTest = 40)]
    public Property Valid_records_round_trip() =>
        Prop.ForAll(
            Gen.Elements(Records).SelectMany(r => r.Valid.Select(v => (r.Type, Value: v))).ToArbitrary(),
            sample =>
            {
                foreach (var options in AllOptions)
                {
                    var json = JsonSerializer.Serialize(sample.Value, sample.Type, options);
                    var back = JsonSerializer.Deserialize(json, sample.Type, options)!;
                    if (sample.Type == typeof(CraftProductInput))
                    {
                        // A mutable class without value equality: compare the JSON it writes again.
                        Assert.Equal(json, JsonSerializer.Serialize(back, sample.Type, options));
                    }
                    else
                    {
                        Assert.Equal(sample.Value, back);
                    }
                }
            });

    [Property(MaxTest = 400)]
    public Property Mutated_documents_give_a_valid_record_or_a_json_exception() =>
        Prop.ForAll(
            (from r in Gen.Elements(Records)
             from value in r.Valid
             from web in Gen.Elements(false, true)
             from pick in Gen.Choose(0, 10_000)
             from replacement in Gen.Choose(-1, Replacements.Length - 1)
             select (r.Type, value, web, pick, replacement)).ToArbitrary(),
            c =>
            {
                var options = c.web ? JsonSerializerOptions.Web : JsonSerializerOptions.Default;
                var root = JsonSerializer.SerializeToNode(c.value, c.Type, options)!;
                var slots = Slots(root).ToList();
                var (parent, key) = slots[c.pick % slots.Count];
                Mutate(parent, key, c.replacement < 0 ? null : Replacements[c.replacement]?.DeepClone(), remove: c.replacement < 0);
                var json = root.ToJsonString();
                object? read;
                try
                {
                    read = JsonSerializer.Deserialize(json, c.Type, options);
                }
                catch (JsonException)
                {
                    return;
                }
                catch (Exception e)
                {
                    Assert.Fail($"{c.Type.Name} from {json}: {e.GetType().Name}: {e.Message}");
                    return;
                }

                // What was read is a valid record: it writes and reads back equal.
                Assert.NotNull(read);
                var again = JsonSerializer.Serialize(read, c.Type, options);
                Assert.Equal(again, JsonSerializer.Serialize(JsonSerializer.Deserialize(again, c.Type, options), c.Type, options));
            });

    // Every member and array item of the document: where a mutation can go.
    private static IEnumerable<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    yield return (o, name);
                    if (child is not null)
                    {
                        foreach (var slot in Slots(child))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i);
                    if (a[i] is { } item)
                    {
                        foreach (var slot in Slots(item))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
        }
    }

    private static void Mutate(JsonNode parent, object key, JsonNode? value, bool remove)
    {
        if (parent is JsonObject o)
        {
            if (remove)
            {
                o.Remove((string)key);
            }
            else
            {
                o[(string)key] = value;
            }
        }
        else if (parent is JsonArray a)
        {
            if (remove)
            {
                a.RemoveAt((int)key);
            }
            else
            {
                a[(int)key] = value;
            }
        }
    }
}
