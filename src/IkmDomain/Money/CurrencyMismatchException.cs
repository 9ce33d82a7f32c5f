using System;

namespace IkmDomain;

/// <summary>
/// Thrown when an operation needs two amounts (or an amount and a rate) in the same currency and
/// gets different ones, for example <c>IDR 100.00 + USD 1.00</c> or comparing them.
/// </summary>
/// <remarks>
/// An <see cref="InvalidOperationException"/>: mixing currencies is a programming error, not bad
/// input. Convert first with <see cref="ExchangeRate.Convert(Money)"/>.
/// </remarks>
public class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public CurrencyMismatchException()
        : base("The currencies do not match.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public CurrencyMismatchException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an operation between <paramref name="expected"/> and <paramref name="actual"/>.</summary>
    /// <param name="expected">The currency the operation works in (the left operand's).</param>
    /// <param name="actual">The other currency.</param>
    /// <param name="operation">What was attempted, for the message (for example "add").</param>
    public CurrencyMismatchException(Currency expected, Currency actual, string operation)
        : base($"Cannot {operation} {expected.Code} and {actual.Code}: the currencies differ (convert with an ExchangeRate first).")
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The currency the operation works in, when known.</summary>
    public Currency? Expected { get; }

    /// <summary>The currency that did not match, when known.</summary>
    public Currency? Actual { get; }
}
