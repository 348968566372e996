namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>A fact that runs only when <c>SAMVERKAN_TEST_POSTGRES</c> holds a connection string (test.sh sets it); skipped with that reason otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(PostgresTestDatabase.ServerConnectionString))
        {
            Skip = $"PostgreSQL tests run only when {PostgresTestDatabase.EnvironmentVariable} holds a connection string (./test.sh starts a server and sets it).";
        }
    }
}
