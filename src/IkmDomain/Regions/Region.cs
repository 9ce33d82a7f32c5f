using System;
using System.Diagnostics.CodeAnalysis;

namespace IkmDomain.Regions;

/// <summary>
/// One administrative region from <see cref="RegionDirectory"/>: its Kemendagri code and official name
/// (for example <c>35.73</c> "Kota Malang").
/// </summary>
/// <remarks>
/// Regency names carry their kind as in the decree ("Kabupaten Malang", "Kota Malang"); province,
/// district and village names are bare. Instances come from the directory; two regions are equal when
/// their codes and names are equal.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(RegionJsonConverter))]
public sealed class Region : IEquatable<Region>
{
    /// <summary>Creates a region.</summary>
    /// <param name="code">The Kemendagri code.</param>
    /// <param name="name">The official name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space, or <paramref name="code"/> is <c>default(RegionCode)</c> ("not set").</exception>
    public Region(RegionCode code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = NotSetValue.Check(code, nameof(Code));
        Name = name;
    }

    // A search result found through one of the region's former names.
    internal Region(Region current, string matchedFormerName)
    {
        Code = current.Code;
        Name = current.Name;
        MatchedFormerName = matchedFormerName;
    }

    /// <summary>The Kemendagri code, for example <c>35.73</c>.</summary>
    public RegionCode Code { get; }

    /// <summary>The official name, for example "Kota Malang".</summary>
    public string Name { get; }

    /// <summary>
    /// On a result of <see cref="RegionDirectory.Search"/>: the former name of this region the query matched
    /// (for example "Labuhan Haji Timur" for 11.01.11 Labuhanhaji Timur), or <see langword="null"/> when the
    /// query matched the current name or the code, and on every region from any other member. <see cref="Name"/>
    /// is always the current name. Not part of equality.
    /// </summary>
    public string? MatchedFormerName { get; }

    /// <summary>The level: province, regency or city, district, or village.</summary>
    public RegionLevel Level => Code.Level;

    /// <summary>The code followed by the name, for example <c>35.73 Kota Malang</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code.ToString() + " " + Name;

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Region? other) =>
        other is not null && Code == other.Code && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Region);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>Whether two regions are equal (same code and name).</summary>
    /// <param name="left">A region or null.</param>
    /// <param name="right">A region or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Region? left, Region? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two regions differ.</summary>
    /// <param name="left">A region or null.</param>
    /// <param name="right">A region or null.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(Region? left, Region? right) => !(left == right);
}
