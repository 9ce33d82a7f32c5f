namespace IkmDomain.Common;

/// <summary>
/// Marks a value type whose <c>default</c> is "not set" rather than a value: <c>default(Nib)</c> would
/// print <c>0000000000000</c> and <c>default(PostalCode)</c> <c>00000</c>, text that either does not
/// parse or passes for a real identifier. The JSON converters refuse to write or read such a
/// default (<see cref="System.Text.Json.JsonException"/> naming the type and the rule), and the
/// validators report it as missing. Types whose <c>default</c> is a documented value (Currency XXX,
/// Money XXX 0, CountryCode World, Weight 0 g, ExchangeRate XXX/XXX 1) do not carry this marker.
/// </summary>
internal interface IDefaultIsNotSet
{
}
