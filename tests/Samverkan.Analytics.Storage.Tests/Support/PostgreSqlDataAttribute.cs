using System.Reflection;
using Samverkan.Analytics.Storage.Connections;
using Xunit.Sdk;

namespace Samverkan.Analytics.Storage.Tests.Support;

/// <summary>
/// Theory data <see cref="SqlProvider.PostgreSql"/>, run only when <c>SAMVERKAN_TEST_POSTGRES</c>
/// holds a connection string; otherwise the case is skipped with that reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlDataAttribute : DataAttribute
{
    public const string EnvironmentVariable = "SAMVERKAN_TEST_POSTGRES";

    public PostgreSqlDataAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"PostgreSQL tests run only when {EnvironmentVariable} holds a connection string (e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres).";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[SqlProvider.PostgreSql]];
}
