using System.Reflection;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>Compares every public readable property of two entities, byte arrays byte for byte.</summary>
internal static class EntityAssert
{
    public static void SameState<T>(T expected, T? actual)
        where T : class
    {
        Assert.NotNull(actual);
        Assert.NotSame(expected, actual);
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var expectedValue = property.GetValue(expected);
            var actualValue = property.GetValue(actual);
            if (expectedValue is byte[] expectedBytes)
            {
                Assert.True(actualValue is byte[] actualBytes && expectedBytes.AsSpan().SequenceEqual(actualBytes), $"{typeof(T).Name}.{property.Name} bytes differ");
            }
            else if (expectedValue is System.Collections.IEnumerable expectedItems and not string)
            {
                Assert.Equal(expectedItems.Cast<object>(), ((System.Collections.IEnumerable)actualValue!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(expectedValue, actualValue), $"{typeof(T).Name}.{property.Name}: expected {expectedValue}, got {actualValue}");
            }
        }
    }
}
