using System;
using System.Collections;
using System.Collections.Generic;

namespace IkmDomain.Regions;

/// <summary>A read-only window on a directory table, so callers cannot write into it.</summary>
internal sealed class RegionList : IReadOnlyList<Region>
{
    public static readonly RegionList Empty = new(null, 0, 0);

    private readonly RegionTable? _items;
    private readonly int _start;

    public RegionList(RegionTable? items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Region this[int index] =>
        (uint)index < (uint)Count ? _items![_start + index] : throw new ArgumentOutOfRangeException(nameof(index), index, "Index is outside the list.");

    public IEnumerator<Region> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items![_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
