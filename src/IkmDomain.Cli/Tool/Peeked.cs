using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Cli.Tool;

/// <summary>An asynchronous sequence whose first item has been read ahead (to fill a feed's channel from it), still streamed once.</summary>
internal sealed class Peeked<T> : System.IAsyncDisposable
{
    private readonly IAsyncEnumerator<T> _enumerator;
    private readonly bool _any;

    private Peeked(IAsyncEnumerator<T> enumerator, bool any, T? first)
    {
        _enumerator = enumerator;
        _any = any;
        First = first;
    }

    /// <summary>The first item, or default when the sequence is empty.</summary>
    public T? First { get; }

    public static async Task<Peeked<T>> StartAsync(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        var any = await enumerator.MoveNextAsync().ConfigureAwait(false);
        return new Peeked<T>(enumerator, any, any ? enumerator.Current : default);
    }

    /// <summary>Every item, the first included; enumerate once.</summary>
    public async IAsyncEnumerable<T> Items([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!_any)
        {
            yield break;
        }

        yield return First!;
        while (await _enumerator.MoveNextAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return _enumerator.Current;
        }
    }

    public ValueTask DisposeAsync() => _enumerator.DisposeAsync();
}
