using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Platform.Polyfills;

// netstandard2.0 only: small runtime members of .NET Core 2.0 to .NET 8 that the shared code uses.
internal static class RuntimePolyfills
{
    extension(Enum)
    {
        public static bool IsDefined<TEnum>(TEnum value)
            where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);
    }

    extension(Task)
    {
        // Microsoft.Bcl.TimeProvider's delay: a fake clock in tests governs it as on .NET 8+.
        public static Task Delay(TimeSpan delay, TimeProvider timeProvider, CancellationToken cancellationToken) =>
            timeProvider.Delay(delay, cancellationToken);
    }

    extension(CancellationToken token)
    {
        // Without the execution context flow .NET Core saves here: the callback only cancels a source.
        public CancellationTokenRegistration UnsafeRegister(Action<object?> callback, object? state) => token.Register(callback, state);
    }

    // Rounded to the tick, as .NET's operators are.
    extension(TimeSpan)
    {
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) => TimeSpan.FromTicks((long)Math.Round(timeSpan.Ticks / divisor));

        public static TimeSpan operator *(TimeSpan timeSpan, double factor) => TimeSpan.FromTicks((long)Math.Round(timeSpan.Ticks * factor));
    }

    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
}
