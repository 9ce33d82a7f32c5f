using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Feeds;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IkmDomain.AspNetCore;

/// <summary>
/// Streams a marketplace feed to the response body asynchronously (ASP.NET Core refuses synchronous writes).
/// </summary>
/// <remarks>
/// Pass the generated writer's <c>WriteAsync</c> over <see cref="IAsyncEnumerable{T}"/>:
/// <c>IkmFeedResults.Feed(products, CraftProductFeeds.GoogleMerchantTsv.WriteAsync, "text/tab-separated-values")</c>.
/// The items are handed to it as an asynchronous sequence, so the writer awaits every write to the body and
/// nothing is written synchronously. (Generated writers are getting a <c>WriteAsync</c> over
/// <see cref="IEnumerable{T}"/>; this helper works with either.)
/// </remarks>
public static class IkmFeedResults
{
    /// <summary>A result that streams a feed.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="writeAsync">The generated writer's <c>WriteAsync(IAsyncEnumerable&lt;T&gt;, Stream, CancellationToken)</c>.</param>
    /// <param name="contentType">The content type, such as <c>text/tab-separated-values; charset=utf-8</c>.</param>
    /// <param name="fileDownloadName">A file name for a download (<c>Content-Disposition: attachment</c>), or null.</param>
    /// <returns>The result.</returns>
    public static IResult Feed<T>(
        IEnumerable<T> items,
        Func<IAsyncEnumerable<T>, Stream, CancellationToken, Task<FeedWriteResult>> writeAsync,
        string contentType,
        string? fileDownloadName = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeAsync);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new FeedResult<T>(items, writeAsync, contentType, fileDownloadName);
    }

    private sealed class FeedResult<T>(
        IEnumerable<T> items,
        Func<IAsyncEnumerable<T>, Stream, CancellationToken, Task<FeedWriteResult>> writeAsync,
        string contentType,
        string? fileDownloadName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.ContentType = contentType;
            if (fileDownloadName is not null)
            {
                var disposition = new ContentDispositionHeaderValue("attachment");
                disposition.SetHttpFileName(fileDownloadName);
                httpContext.Response.Headers.ContentDisposition = disposition.ToString();
            }

            var cancellation = httpContext.RequestAborted;
            await writeAsync(AsAsync(items, cancellation), httpContext.Response.Body, cancellation).ConfigureAwait(false);
        }

        private static async IAsyncEnumerable<T> AsAsync(IEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
