using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Tests.Support;
using Samverkan.Analytics.Storage.Users;

namespace Samverkan.Analytics.Storage.Tests.Users;

public sealed class SqlUserStoreTests
{
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    private static UserAccount Account(string name, UserRole role = UserRole.Viewer, params string[] areas) => new()
    {
        Name = name,
        Role = role,
        PasswordHash = "hash-of-" + name,
        AreaIds = areas,
        SecurityStamp = "stamp-" + name,
        CreatedAt = TestDatabase.Start,
    };

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task AddAsync_StoresTheAccountWithItsAreas_WhenTheNameIsFree(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);

        var added = await store.AddAsync(Account("anna", UserRole.Viewer, "lpo-jarva", "sdo-jarva"), CancellationToken.None);
        var found = await store.FindAsync("anna", CancellationToken.None);

        Assert.True(added);
        Assert.NotNull(found);
        Assert.Equal(UserRole.Viewer, found.Role);
        Assert.Equal("hash-of-anna", found.PasswordHash);
        Assert.Equal(["lpo-jarva", "sdo-jarva"], found.AreaIds);
        Assert.Equal("stamp-anna", found.SecurityStamp);
        Assert.Equal(0, found.FailedLogins);
        Assert.Null(found.LockedUntil);
        Assert.Equal(TestDatabase.Start.AddTicks(-(TestDatabase.Start.Ticks % 10)), found.CreatedAt);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task AddAsync_ReturnsFalseAndKeepsTheFirst_WhenTheNameIsTaken(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);
        await store.AddAsync(Account("anna", UserRole.Admin), CancellationToken.None);

        var second = await store.AddAsync(Account("anna", UserRole.Viewer, "lpo-jarva"), CancellationToken.None);
        var found = await store.FindAsync("anna", CancellationToken.None);

        Assert.False(second);
        Assert.Equal(UserRole.Admin, found!.Role);
        Assert.Empty(found.AreaIds);
        Assert.Equal(0, await db.CountAsync("user_areas"));
    }

    [Fact]
    public async Task AddAsync_Throws_WhenTheNameIsNotNormalised()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var store = new SqlUserStore(db.Bundle.Connections);

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(Account("Anna"), CancellationToken.None));

        Assert.Equal(0, await db.CountAsync("users"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ListAsync_ReturnsEveryAccountByNameWithItsOwnAreas(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);
        Assert.False(await store.AnyAsync(CancellationToken.None));
        await store.AddAsync(Account("bertil", UserRole.Viewer, "po-syd"), CancellationToken.None);
        await store.AddAsync(Account("admin", UserRole.Admin), CancellationToken.None);
        await store.AddAsync(Account("cecilia", UserRole.Analyst, "lpo-globen", "lpo-farsta"), CancellationToken.None);

        var all = await store.ListAsync(CancellationToken.None);

        Assert.True(await store.AnyAsync(CancellationToken.None));
        Assert.Equal(["admin", "bertil", "cecilia"], all.Select(a => a.Name));
        Assert.Empty(all[0].AreaIds);
        Assert.Equal(["po-syd"], all[1].AreaIds);
        Assert.Equal(["lpo-farsta", "lpo-globen"], all[2].AreaIds);
        Assert.Equal([UserRole.Admin, UserRole.Viewer, UserRole.Analyst], all.Select(a => a.Role));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RemoveAsync_RemovesTheAccountAndItsAreas_AndReportsWhetherThereWasOne(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);
        await store.AddAsync(Account("anna", UserRole.Viewer, "lpo-jarva"), CancellationToken.None);
        await store.AddAsync(Account("bertil", UserRole.Viewer, "po-syd"), CancellationToken.None);

        var removed = await store.RemoveAsync("anna", CancellationToken.None);
        var again = await store.RemoveAsync("anna", CancellationToken.None);

        Assert.True(removed);
        Assert.False(again);
        Assert.Null(await store.FindAsync("anna", CancellationToken.None));
        Assert.Equal(["bertil | po-syd"], await db.RowsAsync("SELECT user_name, area_id FROM user_areas;"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RecordFailedLoginAsync_LocksOnTheFifthFailureAndStartsCountingAgain(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);
        await store.AddAsync(Account("anna"), CancellationToken.None);
        var now = TestDatabase.Start;

        var counts = new List<int>();
        UserAccount? after = null;
        for (var i = 0; i < 4; i++)
        {
            after = await store.RecordFailedLoginAsync("anna", now, 5, Lockout, CancellationToken.None);
            counts.Add(after!.FailedLogins);
        }

        Assert.Null(after!.LockedUntil);
        var fifth = await store.RecordFailedLoginAsync("anna", now, 5, Lockout, CancellationToken.None);

        Assert.Equal([1, 2, 3, 4], counts);
        Assert.Equal(0, fifth!.FailedLogins);
        Assert.Equal(now.AddTicks(-(now.Ticks % 10)) + Lockout, fifth.LockedUntil);
        Assert.True(fifth.IsLockedAt(now + Lockout - TimeSpan.FromSeconds(1)));
        Assert.False(fifth.IsLockedAt(now + Lockout));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RecordFailedLoginAsync_CountsEveryFailure_WhenHostsFailAtOnce(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);
        var other = new SqlUserStore(db.OpenAnother().Connections);
        await store.AddAsync(Account("anna"), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            (i % 2 == 0 ? store : other).RecordFailedLoginAsync("anna", TestDatabase.Start, 100, Lockout, CancellationToken.None)));

        Assert.Equal(4, (await store.FindAsync("anna", CancellationToken.None))!.FailedLogins);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RecordFailedLoginAsync_ReturnsNull_WhenThereIsNoSuchUser(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);

        var result = await store.RecordFailedLoginAsync("nobody", TestDatabase.Start, 5, Lockout, CancellationToken.None);

        Assert.Null(result);
        Assert.Equal(0, await db.CountAsync("users"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ResetFailedLoginsAsync_ClearsCountAndLockout(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);
        await store.AddAsync(Account("anna"), CancellationToken.None);
        await store.RecordFailedLoginAsync("anna", TestDatabase.Start, 1, Lockout, CancellationToken.None);
        await store.RecordFailedLoginAsync("anna", TestDatabase.Start, 5, Lockout, CancellationToken.None);

        await store.ResetFailedLoginsAsync("anna", CancellationToken.None);
        var found = await store.FindAsync("anna", CancellationToken.None);

        Assert.Equal(0, found!.FailedLogins);
        Assert.Null(found.LockedUntil);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task UpdatePasswordHashAsync_ReplacesTheHashAndKeepsTheStamp(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlUserStore(db.Bundle.Connections);
        await store.AddAsync(Account("anna"), CancellationToken.None);

        await store.UpdatePasswordHashAsync("anna", "new-hash", CancellationToken.None);
        var found = await store.FindAsync("anna", CancellationToken.None);

        Assert.Equal("new-hash", found!.PasswordHash);
        Assert.Equal("stamp-anna", found.SecurityStamp);
    }

    [Fact]
    public async Task Migration_RefusesAnUnknownRole()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteAsync(
            "INSERT INTO users (name, role, password_hash, security_stamp, created_at) VALUES ('x', 'root', 'h', 's', '2026-01-01 00:00:00+00:00');"));
    }
}
