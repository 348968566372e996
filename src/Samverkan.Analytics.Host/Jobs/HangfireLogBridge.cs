using HangfireLog = Hangfire.Logging;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// Hangfire's log output into the current host's logging. Hangfire keeps its log provider in a
/// static, and its classes keep loggers in statics of their own (PostgreSqlDistributedLock's type
/// initializer takes one once per process). Hangfire's default AspNetCoreLogProvider binds them to
/// the first host's ILoggerFactory, so once that host was disposed every later Hangfire call in the
/// process failed with ObjectDisposedException (tests start many hosts; a restarted host in one
/// process would too). The bridge's loggers look up the factory on each call instead, and drop a
/// line rather than throw when the factory is gone.
/// </summary>
internal sealed class HangfireLogBridge : HangfireLog.ILogProvider
{
    private static ILoggerFactory? s_current;

    /// <summary>The bridge, installed as Hangfire's log provider.</summary>
    public static HangfireLogBridge Instance { get; } = new();

    /// <summary>Sends Hangfire's log lines to <paramref name="factory"/> from now on.</summary>
    public static void Attach(ILoggerFactory factory) => Volatile.Write(ref s_current, factory);

    /// <summary>Stops sending to <paramref name="factory"/> if it is still the current one (its host is stopping).</summary>
    public static void Detach(ILoggerFactory factory) => Interlocked.CompareExchange(ref s_current, null, factory);

    HangfireLog.ILog HangfireLog.ILogProvider.GetLogger(string name) => new BridgedLog(name);

    private sealed class BridgedLog(string name) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var factory = Volatile.Read(ref s_current);
            if (factory is null)
            {
                return false;
            }

            try
            {
                var logger = factory.CreateLogger(name); // LoggerFactory caches loggers by name
                var level = ToMicrosoft(logLevel);
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level); // LibLog asks "is this level on?" this way
                }

                if (logger.IsEnabled(level))
                {
                    logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                Detach(factory);
                return false;
            }
        }

        private static LogLevel ToMicrosoft(HangfireLog.LogLevel level) => level switch
        {
            HangfireLog.LogLevel.Trace => LogLevel.Trace,
            HangfireLog.LogLevel.Debug => LogLevel.Debug,
            HangfireLog.LogLevel.Info => LogLevel.Information,
            HangfireLog.LogLevel.Warn => LogLevel.Warning,
            HangfireLog.LogLevel.Error => LogLevel.Error,
            _ => LogLevel.Critical,
        };
    }
}
