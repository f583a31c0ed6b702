
namespace ValueFirst.Web.Tests.Database;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Postgres_without_a_connection_string_stops_start_up_naming_the_key()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:ValueFirst"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("ConnectionStrings:ValueFirst must be set", Flatten(error));
    }

    [Fact]
    public void An_unknown_provider_stops_start_up_naming_the_key()
    {
        using var app = new TestApp(settings: new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Database:Provider", Flatten(error));
    }

    private static string Flatten(Exception? error)
    {
        var messages = new List<string>();
        for (; error is not null; error = error.InnerException)
        {
            messages.Add(error.Message);
        }

        return string.Join(" | ", messages);
    }
}
