using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using IkmDomain.Regions;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>
/// Functions for LINQ queries over IkmDomain columns, translated to SQL by the mapping that
/// <c>AddIkmConventions()</c> adds; they also work in memory (LINQ to objects).
/// </summary>
public static class IkmDbFunctions
{
    /// <summary>
    /// True when <paramref name="code"/> is <paramref name="region"/> itself or lies inside it: every
    /// business in regency <c>35.73</c>, its districts and villages.
    /// </summary>
    /// <remarks>
    /// In SQL this is one range on the stored number (see <see cref="RegionCode.ToNumber"/>), so an index on
    /// the column serves it: <c>"Region" &gt;= @region AND "Region" &lt;= @region + CASE ... END</c>, where the
    /// CASE adds the width of the region's level (99993999 for a province, 993999 for a regency, 3999 for a
    /// district, 0 for a village).
    /// </remarks>
    /// <param name="code">The code to test, usually a column.</param>
    /// <param name="region">The region, usually a parameter.</param>
    /// <returns>Whether <paramref name="code"/> is in <paramref name="region"/>.</returns>
    public static bool IsInRegion(RegionCode code, RegionCode region) => code == region || region.IsAncestorOf(code);

    /// <summary>Like <see cref="IsInRegion(RegionCode, RegionCode)"/> for an optional column; false when <paramref name="code"/> is null.</summary>
    /// <param name="code">The code to test, or null.</param>
    /// <param name="region">The region.</param>
    /// <returns>Whether <paramref name="code"/> is in <paramref name="region"/>.</returns>
    public static bool IsInRegion(RegionCode? code, RegionCode region) => code is { } c && IsInRegion(c, region);

    /// <summary>Builds the SQL of <see cref="IsInRegion(RegionCode, RegionCode)"/>.</summary>
    internal static SqlExpression TranslateIsInRegion(IReadOnlyList<SqlExpression> arguments)
    {
        var code = arguments[0];
        var region = arguments[1];
        var number = new LongTypeMapping("bigint");
        var flag = new BoolTypeMapping("boolean");
        SqlExpression Long(long value) => new SqlConstantExpression(value, typeof(long), number);
        SqlExpression IsMultipleOf(long factor) => new SqlBinaryExpression(
            ExpressionType.Equal,
            new SqlBinaryExpression(ExpressionType.Modulo, region, Long(factor), typeof(long), number),
            Long(0),
            typeof(bool),
            flag);

        var width = new CaseExpression(
            [
                new CaseWhenClause(IsMultipleOf(100_000_000), Long(99_993_999)),
                new CaseWhenClause(IsMultipleOf(1_000_000), Long(993_999)),
                new CaseWhenClause(IsMultipleOf(10_000), Long(3_999)),
            ],
            Long(0));
        var last = new SqlBinaryExpression(ExpressionType.Add, region, width, typeof(long), number);
        return new SqlBinaryExpression(
            ExpressionType.AndAlso,
            new SqlBinaryExpression(ExpressionType.GreaterThanOrEqual, code, region, typeof(bool), flag),
            new SqlBinaryExpression(ExpressionType.LessThanOrEqual, code, last, typeof(bool), flag),
            typeof(bool),
            flag);
    }
}
