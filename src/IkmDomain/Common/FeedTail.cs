using System.Collections;
using System.Collections.Generic;

namespace IkmDomain.Common;

/// <summary>
/// The items of a list after the first <c>skip</c>, enumerated without allocating (a struct
/// enumerator): how <c>CraftProduct</c> hands its images after the main one to <c>additional_image_link</c>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal readonly struct FeedTail<T> : IEnumerable<T>
{
    private readonly IReadOnlyList<T> _list;
    private readonly int _skip;

    public FeedTail(IReadOnlyList<T> list, int skip)
    {
        _list = list;
        _skip = skip;
    }

    public Enumerator GetEnumerator() => new(_list, _skip);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal struct Enumerator : IEnumerator<T>
    {
        private readonly IReadOnlyList<T> _list;
        private int _index;

        public Enumerator(IReadOnlyList<T> list, int skip)
        {
            _list = list;
            _index = skip - 1;
        }

        public readonly T Current => _list[_index];

        readonly object? IEnumerator.Current => Current;

        public bool MoveNext() => _list is not null && ++_index < _list.Count;

        public void Reset() => throw new System.NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
