using System;

namespace IkmDomain.Tests;

/// <summary>
/// A clock stopped at one instant, in UTC, so "this year" and "today" are fixed: what validators that
/// take a <see cref="TimeProvider"/> are given in tests (tests never read the real time).
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Noon UTC on the given day.</summary>
    public static FixedClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
