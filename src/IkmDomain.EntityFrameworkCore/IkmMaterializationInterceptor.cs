using System;
using System.Globalization;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>
/// Remembers the key of the row being read, so an <see cref="IkmDatabaseValueException"/> for a bad value
/// names the row (<c>Id=5</c>). Added by <see cref="IkmDbContextOptionsBuilderExtensions.UseIkmDomain"/>.
/// </summary>
public sealed class IkmMaterializationInterceptor : IMaterializationInterceptor
{
    /// <summary>The shared instance (the interceptor holds no state of its own).</summary>
    public static readonly IkmMaterializationInterceptor Instance = new();

    /// <inheritdoc/>
    public InterceptionResult<object> CreatingInstance(MaterializationInterceptionData materializationData, InterceptionResult<object> result)
    {
        var key = materializationData.EntityType.FindPrimaryKey();
        if (key is not null)
        {
            IkmRowContext.Leave();
            var text = string.Join(", ", key.Properties.Select(p =>
                p.Name + "=" + Convert.ToString(materializationData.GetPropertyValue(p), CultureInfo.InvariantCulture)));
            IkmRowContext.Enter(materializationData.EntityType.ShortName(), text);
        }

        return result;
    }

    /// <inheritdoc/>
    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        IkmRowContext.Leave();
        return entity;
    }
}

/// <summary>Options-builder extensions.</summary>
public static class IkmDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="IkmMaterializationInterceptor"/>, so an error for a bad value in the database names the
    /// row's key. The mapping itself comes from <c>AddIkmConventions()</c> in <c>ConfigureConventions</c>.
    /// </summary>
    /// <param name="optionsBuilder">The options builder.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder UseIkmDomain(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        return optionsBuilder.AddInterceptors(IkmMaterializationInterceptor.Instance);
    }

    /// <summary>Adds <see cref="IkmMaterializationInterceptor"/> (see <see cref="UseIkmDomain(DbContextOptionsBuilder)"/>).</summary>
    /// <typeparam name="TContext">The context type.</typeparam>
    /// <param name="optionsBuilder">The options builder.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder<TContext> UseIkmDomain<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        return optionsBuilder.AddInterceptors(IkmMaterializationInterceptor.Instance);
    }
}
