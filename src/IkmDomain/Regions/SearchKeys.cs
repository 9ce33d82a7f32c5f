using System;

namespace IkmDomain.Regions;

/// <summary>
/// The best ranking keys of a search, ascending. With a small capacity only that many keys are kept
/// (sorted insertion), so a query matching thousands of villages keeps just the few that can be returned;
/// with a large one every key is kept and sorted once at the end.
/// </summary>
internal sealed class SearchKeys
{
    private const int MaxBounded = 256;

    private readonly int _capacity;
    private long[] _keys;
    private int _count;
    private bool _sorted = true;

    /// <param name="capacity">How many keys are needed at most.</param>
    public SearchKeys(int capacity)
    {
        _capacity = capacity <= MaxBounded ? capacity : int.MaxValue;
        _keys = new long[Math.Min(capacity, 64)];
    }

    public ReadOnlySpan<long> Sorted
    {
        get
        {
            if (!_sorted)
            {
                Array.Sort(_keys, 0, _count);
                _sorted = true;
            }

            return _keys.AsSpan(0, _count);
        }
    }

    public void Add(long key)
    {
        if (_capacity == int.MaxValue)
        {
            Grow();
            _keys[_count++] = key;
            _sorted = false;
            return;
        }

        if (_count == _capacity)
        {
            if (key >= _keys[_count - 1])
            {
                return;
            }

            _count--; // the worst key drops out
        }

        Grow();
        var at = _keys.AsSpan(0, _count).BinarySearch(key);
        at = at >= 0 ? at : ~at;
        Array.Copy(_keys, at, _keys, at + 1, _count - at);
        _keys[at] = key;
        _count++;
    }

    private void Grow()
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, 16));
        }
    }
}
