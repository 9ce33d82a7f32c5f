using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IkmDomain.Tests.Exports;

[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(TradePeriod))]
[JsonSerializable(typeof(ExportSource))]
[JsonSerializable(typeof(Dictionary<CountryCode, int>))]
internal sealed partial class ExportsTestJson : JsonSerializerContext
{
}
