using System;
using System.Collections.Generic;
using System.Linq;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Regions;

namespace IkmDomain.Businesses;

/// <summary>
/// A <i>sentra</i> IKM: an industry centre, a cluster of similar small and medium industries within one
/// village (PP 29/2018 on industrial empowerment), such as the wood-carving sentra of Jepara.
/// </summary>
/// <remarks>
/// <para>PP 29/2018 places a sentra within a single village (<i>desa/kelurahan</i>), so
/// <see cref="Village"/> is a village-level code; it also expects similar businesses to make up at least
/// 20% of the village's households, which needs census data and is not checked here.</para>
/// <para>Members are listed by NIB. The record keeps them as given;
/// <c>IkmDomain.Validation.SentraValidator</c> reports a member listed twice, a code that is not a
/// village, and blank names. Equality is by value, including the members.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(SentraJsonConverter))]
public sealed record Sentra
{
    private EquatableList<Nib> _members = EquatableList<Nib>.Empty;

    /// <summary>Gets the sentra's identifier in the registry that holds it (its format is not standardised).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the sentra's name, for example <c>"Sentra Ukir Mulyoharjo"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the village the sentra lies in (PP 29/2018).</summary>
    public required RegionCode Village { get; init; }

    /// <summary>Gets the main commodity in words, for example <c>"Ukiran kayu"</c>.</summary>
    public required string MainCommodity { get; init; }

    /// <summary>Gets the KBLI code of the main commodity, when known.</summary>
    public Kbli? MainKbli { get; init; }

    /// <summary>Gets the main material, when known.</summary>
    public CraftMaterial? MainMaterial { get; init; }

    /// <summary>Gets the member businesses by NIB, as given (the validator reports duplicates).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<Nib> Members
    {
        get => _members;
        init => _members = new EquatableList<Nib>((value ?? throw new ArgumentNullException(nameof(Members))).ToArray());
    }

    /// <summary>Returns the NIBs listed more than once, each once, in order of first appearance.</summary>
    /// <returns>The duplicated NIBs; empty when every member is listed once.</returns>
    public IReadOnlyList<Nib> DuplicateMembers()
    {
        var seen = new HashSet<Nib>();
        var reported = new HashSet<Nib>();
        var duplicates = new List<Nib>();
        foreach (var nib in _members)
        {
            if (!seen.Add(nib) && reported.Add(nib))
            {
                duplicates.Add(nib);
            }
        }

        return duplicates;
    }
}
