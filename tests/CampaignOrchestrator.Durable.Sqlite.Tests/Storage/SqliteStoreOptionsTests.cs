using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Storage;

public sealed class SqliteStoreOptionsTests
{
    [Fact]
    public void Validate_PathAndDefaults_Passes()
    {
        var options = new SqliteStoreOptions { Path = "durable.db" };

        options.Validate();

        Assert.Equal(SqliteSynchronousMode.Normal, options.Synchronous);
        Assert.Equal(TimeSpan.FromSeconds(10), options.BusyTimeout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_MissingPath_ThrowsNamingTheSetting(string path)
    {
        var error = Assert.Throws<ValidationException>(() => new SqliteStoreOptions { Path = path }.Validate());

        Assert.Contains("Storage:Sqlite:Path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(601)]
    public void Validate_BusyTimeoutOutOfRange_ThrowsNamingTheSetting(int seconds)
    {
        var options = new SqliteStoreOptions { Path = "durable.db", BusyTimeout = TimeSpan.FromSeconds(seconds) };

        var error = Assert.Throws<ValidationException>(options.Validate);

        Assert.Contains("Storage:Sqlite:BusyTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndefinedSynchronousMode_Throws()
    {
        var options = new SqliteStoreOptions { Path = "durable.db", Synchronous = (SqliteSynchronousMode)7 };

        Assert.Throws<ValidationException>(options.Validate);
    }

    [Fact]
    public void SqliteDatabase_InvalidOptions_ThrowsBeforeTouchingAnyFile()
    {
        Assert.Throws<ValidationException>(() => new SqliteDatabase(new SqliteStoreOptions(), new FakeTimeProvider()));
    }
}
