using System;

namespace IkmDomain.Common;

/// <summary>
/// The one test of "not set" (see <see cref="IDefaultIsNotSet"/>) that records, converters and validators share.
/// </summary>
internal static class NotSetValue
{
    /// <summary>True when <paramref name="value"/> is the <c>default</c> of a type whose default means "not set".</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>True for a not-set default.</returns>
    public static bool Is<T>(T value)
        where T : struct, IEquatable<T> =>
        value is IDefaultIsNotSet && value.Equals(default);

    /// <summary>True when values of <paramref name="type"/> (or its nullable form) have a not-set default.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when the type carries <see cref="IDefaultIsNotSet"/>.</returns>
    public static bool AppliesTo(Type type) =>
        typeof(IDefaultIsNotSet).IsAssignableFrom(Nullable.GetUnderlyingType(type) ?? type);

    /// <summary>Returns <paramref name="value"/>, or throws when it is a not-set default.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="member">The member being set, named in the error.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c> and that means "not set".</exception>
    public static T Check<T>(T value, string member)
        where T : struct, IEquatable<T> =>
        Is(value) ? throw new ArgumentException(Message(typeof(T), member), member) : value;

    /// <summary>Returns <paramref name="value"/>, or throws when it holds a not-set default.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value or null (null is "absent", which is allowed).</param>
    /// <param name="member">The member being set, named in the error.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c> and that means "not set".</exception>
    public static T? Check<T>(T? value, string member)
        where T : struct, IEquatable<T> =>
        value is { } v && Is(v) ? throw new ArgumentException(Message(typeof(T), member), member) : value;

    /// <summary>The message for a member holding a not-set default.</summary>
    /// <param name="type">The value type.</param>
    /// <param name="member">The member.</param>
    /// <returns>The message.</returns>
    public static string Message(Type type, string member) =>
        $"{member} is default({type.Name}), which means 'not set' and is not a {type.Name}: give a real value, or leave an optional member null.";
}
