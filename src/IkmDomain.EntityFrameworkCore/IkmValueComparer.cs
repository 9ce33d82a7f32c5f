using System;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>
/// The change-tracking comparer for an immutable IkmDomain value type: equality and hash code are the
/// type's own (by value, so <c>IDR 10.00</c> equals <c>IDR 10</c>), and a snapshot is the value itself.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class IkmValueComparer<T> : ValueComparer<T>
    where T : struct, IEquatable<T>
{
    /// <summary>Creates the comparer.</summary>
    public IkmValueComparer()
        : base((a, b) => a.Equals(b), v => v.GetHashCode(), v => v)
    {
    }
}
