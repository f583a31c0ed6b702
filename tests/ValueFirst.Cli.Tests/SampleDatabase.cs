using Bogus;
using Microsoft.Data.Sqlite;

namespace ValueFirst.Cli.Tests;

/// <summary>
/// A small database shaped like the app's where it matters to backup and restore: WAL mode, EF Core's
/// <c>__EFMigrationsHistory</c>, a table of rows. Unpooled connections so "closed" really means closed.
/// </summary>
internal sealed class SampleDatabase : IDisposable
{
    private static readonly Faker Faker = new();

    public string Folder { get; } = Directory.CreateTempSubdirectory("valuefirst-backup-").FullName;

    public string File => Path.Combine(Folder, "valuefirst.db");

    public string PathFor(string name) => Path.Combine(Folder, name);

    /// <summary>Creates <paramref name="file"/> (default: <see cref="File"/>) with <paramref name="rows"/> contacts.</summary>
    public SampleDatabase Create(int rows, string? file = null)
    {
        using var connection = Open(file ?? File);
        Execute(connection, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE __EFMigrationsHistory (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT NOT NULL);
            INSERT INTO __EFMigrationsHistory VALUES ('20261101000000_Initial', '10.0.15');
            CREATE TABLE Contacts (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL);
            """);
        for (var i = 0; i < rows; i++)
        {
            Insert(connection);
        }

        return this;
    }

    public static SqliteConnection Open(string file, int busySeconds = 5)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False;Default Timeout={busySeconds}");
        connection.Open();
        return connection;
    }

    public static void Insert(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO Contacts (Name) VALUES ($name);";
        command.Parameters.AddWithValue("$name", Faker.Name.FullName());
        command.ExecuteNonQuery();
    }

    public static long Scalar(string file, string sql)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Text(string file, string sql)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
