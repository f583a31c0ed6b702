namespace ValueFirst.Cli.Tests;

public sealed class BackupCommandTests : IDisposable
{
    private readonly SampleDatabase db = new();

    [Fact]
    public async Task Backup_while_another_connection_writes_is_a_consistent_copy_with_the_rows()
    {
        db.Create(rows: 100);
        var copy = db.PathFor("copy.db");
        var written = 0;
        var halfway = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            using var connection = SampleDatabase.Open(db.File);
            // Bounded: the loop ends when the backup is done or after 20,000 rows, whichever comes first.
            for (var i = 0; i < 20_000 && !stop.IsCancellationRequested; i++)
            {
                SampleDatabase.Insert(connection);
                if (Interlocked.Increment(ref written) == 50)
                {
                    halfway.SetResult();
                }
            }
        });

        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var result = CommandResult.Run("backup", "--to", copy, "--database", db.File);
        await stop.CancelAsync();
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ok", SampleDatabase.Text(copy, "PRAGMA integrity_check;"));
        var copied = SampleDatabase.Scalar(copy, "SELECT count(*) FROM Contacts;");
        Assert.InRange(copied, 150, 100 + written);
        // A snapshot: every row up to the last one copied, no gaps from a half-seen transaction.
        Assert.Equal(copied, SampleDatabase.Scalar(copy, "SELECT max(Id) FROM Contacts;"));
        Assert.False(File.Exists(copy + ".partial"));
    }

    [Fact]
    public void Backup_of_a_missing_database_names_the_option_and_writes_nothing()
    {
        var copy = db.PathFor("copy.db");

        var result = CommandResult.Run("backup", "--to", copy, "--database", db.PathFor("missing.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--database", result.Error);
        Assert.False(File.Exists(copy));
    }

    [Fact]
    public void Restore_refuses_while_another_connection_has_the_database_open()
    {
        db.Create(rows: 3).Create(rows: 7, file: db.PathFor("backup.db"));
        using var app = SampleDatabase.Open(db.File);
        SampleDatabase.Execute(app, "SELECT count(*) FROM Contacts;");

        var result = CommandResult.Run("restore", "--from", db.PathFor("backup.db"), "--database", db.File);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in use", result.Error);
        app.Close();
        Assert.Equal(3, SampleDatabase.Scalar(db.File, "SELECT count(*) FROM Contacts;"));
    }

    [Fact]
    public void Restore_refuses_while_another_connection_is_in_a_write_transaction()
    {
        db.Create(rows: 3).Create(rows: 7, file: db.PathFor("backup.db"));
        using var app = SampleDatabase.Open(db.File);
        SampleDatabase.Execute(app, "BEGIN IMMEDIATE;");
        SampleDatabase.Insert(app);

        var result = CommandResult.Run("restore", "--from", db.PathFor("backup.db"), "--database", db.File);

        Assert.Equal(1, result.ExitCode);
        SampleDatabase.Execute(app, "COMMIT;");
        app.Close();
        Assert.Equal(4, SampleDatabase.Scalar(db.File, "SELECT count(*) FROM Contacts;"));
    }

    [Fact]
    public void Restore_replaces_the_database_when_nothing_has_it_open()
    {
        db.Create(rows: 3);
        Assert.Equal(0, CommandResult.Run("backup", "--to", db.PathFor("backup.db"), "--database", db.File).ExitCode);
        using (var later = SampleDatabase.Open(db.File))
        {
            SampleDatabase.Insert(later);
            SampleDatabase.Insert(later);
        }

        var result = CommandResult.Run("restore", "--from", db.PathFor("backup.db"), "--database", db.File);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, SampleDatabase.Scalar(db.File, "SELECT count(*) FROM Contacts;"));
        Assert.Equal("wal", SampleDatabase.Text(db.File, "PRAGMA journal_mode;"));
        Assert.Equal("ok", SampleDatabase.Text(db.File, "PRAGMA integrity_check;"));
    }

    [Fact]
    public void Restore_refuses_a_file_that_is_not_an_sqlite_database()
    {
        db.Create(rows: 3);
        var junk = db.PathFor("junk.db");
        File.WriteAllBytes(junk, new Bogus.Randomizer(7).Bytes(8192));

        var result = CommandResult.Run("restore", "--from", junk, "--database", db.File);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a readable SQLite database", result.Error);
        Assert.Equal(3, SampleDatabase.Scalar(db.File, "SELECT count(*) FROM Contacts;"));
    }

    [Fact]
    public void Restore_refuses_an_sqlite_file_without_migration_history()
    {
        db.Create(rows: 3);
        var other = db.PathFor("other.db");
        using (var connection = SampleDatabase.Open(other))
        {
            SampleDatabase.Execute(connection, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY);");
        }

        var result = CommandResult.Run("restore", "--from", other, "--database", db.File);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("__EFMigrationsHistory", result.Error);
        Assert.Equal(3, SampleDatabase.Scalar(db.File, "SELECT count(*) FROM Contacts;"));
    }

    [Fact]
    public void Default_database_is_the_web_apps_App_Data_file_found_from_any_sub_folder()
    {
        var web = Directory.CreateDirectory(db.PathFor("repo/src/ValueFirst.Web")).FullName;
        File.WriteAllText(Path.Combine(web, "ValueFirst.Web.csproj"), "<Project />");
        var deep = Directory.CreateDirectory(db.PathFor("repo/content/posts")).FullName;

        Assert.Equal(Path.Combine(web, "App_Data", "valuefirst.db"), DefaultDatabase.Resolve(deep).Replace('/', Path.DirectorySeparatorChar));
    }

    public void Dispose() => db.Dispose();
}
