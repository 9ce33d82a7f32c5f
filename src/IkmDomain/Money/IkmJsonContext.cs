using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IkmDomain;

/// <summary>
/// Source-generated System.Text.Json metadata for IkmDomain's types, used by the library and its
/// tests to prove the types serialize without reflection.
/// </summary>
/// <remarks>
/// Internal on purpose: the System.Text.Json generators of .NET 8 and .NET 10 emit differently
/// annotated public members, which would split the tracked public API per target framework.
/// Users get the same shapes in their own source-generated contexts, because every IkmDomain value
/// type carries its own <see cref="JsonConverterAttribute"/>.
/// </remarks>
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money?))]
[JsonSerializable(typeof(Money[]))]
[JsonSerializable(typeof(List<Money>))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Currency?))]
[JsonSerializable(typeof(ExchangeRate))]
[JsonSerializable(typeof(ExchangeRate?))]
[JsonSerializable(typeof(Dictionary<Currency, Money>))]
internal sealed partial class IkmJsonContext : JsonSerializerContext
{
}
