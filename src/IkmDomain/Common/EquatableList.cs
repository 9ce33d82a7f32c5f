using System;
using System.Collections;
using System.Collections.Generic;

namespace IkmDomain.Common;

/// <summary>An immutable list that compares by its items, so records holding it compare by value.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    public EquatableList(T[] items) => _items = items;

    public static EquatableList<T> Empty { get; } = new([]);

    /// <summary>Copies <paramref name="items"/>; null, or a null item, throws <see cref="ArgumentNullException"/> naming <paramref name="paramName"/>.</summary>
    public static EquatableList<T> CopyOfNonNull(IEnumerable<T> items, string paramName)
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var copy = System.Linq.Enumerable.ToArray(items);
        foreach (var item in copy)
        {
            if (item is null)
            {
                throw new ArgumentNullException(paramName, paramName + " must not contain null.");
            }
        }

        return new EquatableList<T>(copy);
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(EquatableList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_items.Length != other._items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
