using Microsoft.Data.Sqlite;

namespace ValueFirst.Cli;

/// <summary>
/// Online backup and offline restore of the app's SQLite database through SQLite's backup API, which
/// copies a consistent snapshot page by page (never a half-written file, unlike <c>cp</c>).
/// </summary>
/// <remarks>
/// Connections are opened without pooling: a pooled connection stays open after <c>Dispose</c>, and
/// an open connection is exactly what <see cref="Restore"/> treats as "in use".
/// </remarks>
internal static class DatabaseBackup
{
    /// <summary>How long a restore waits for another connection to let go before it refuses.</summary>
    public static readonly TimeSpan InUseWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Copies <paramref name="database"/> to <paramref name="target"/> while the app may be writing.
    /// In WAL mode (the app's mode) the copy is one read transaction, so writers carry on and the copy
    /// is the database as of its start. The copy is written beside the target and moved into place,
    /// so a failed backup never leaves a truncated file under the target name.
    /// </summary>
    public static int Backup(string database, string target, TextWriter output, TextWriter error)
    {
        database = Path.GetFullPath(database);
        target = Path.GetFullPath(target);
        if (!File.Exists(database))
        {
            error.WriteLine($"No database at {database} (use --database FILE).");
            return 2;
        }

        if (string.Equals(database, target, StringComparison.Ordinal))
        {
            error.WriteLine("--to must name a file other than the database itself.");
            return 2;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        DeleteDatabaseFiles(partial);
        try
        {
            using (var source = Open(database, SqliteOpenMode.ReadWrite, TimeSpan.FromSeconds(30)))
            using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate, TimeSpan.FromSeconds(30)))
            {
                source.BackupDatabase(copy);
                // One self-contained file: no -wal beside the copy to forget when moving it elsewhere.
                Execute(copy, "PRAGMA journal_mode=DELETE;");
            }

            File.Move(partial, target, overwrite: true);
        }
        catch (SqliteException ex)
        {
            DeleteDatabaseFiles(partial);
            error.WriteLine($"Backup failed: {ex.Message}");
            return 1;
        }

        output.WriteLine($"Backed up {database} to {target} ({new FileInfo(target).Length} bytes).");
        return 0;
    }

    /// <summary>
    /// Replaces the contents of <paramref name="database"/> with <paramref name="backup"/>, after
    /// checking that the backup is a sound ValueFirst database and that nothing has the database open.
    /// </summary>
    /// <remarks>
    /// "In use" is asked of SQLite itself rather than a lock file of our own, so it also sees a
    /// <c>sqlite3</c> shell or any other process, and nothing is left behind after a crash. In WAL mode
    /// every open connection (an idle pooled one of a running app included) holds a shared lock on the
    /// database file, so leaving WAL mode (<c>journal_mode=DELETE</c>) succeeds only when we are alone;
    /// <c>BEGIN EXCLUSIVE</c> then also catches a reader or writer in rollback-journal mode. The copy is
    /// made with the backup API into the existing file, under SQLite's own locks, so a connection that
    /// opens during the restore sees the old or the new database, never a mix.
    /// </remarks>
    public static int Restore(string backup, string database, TextWriter output, TextWriter error)
    {
        backup = Path.GetFullPath(backup);
        database = Path.GetFullPath(database);
        if (!File.Exists(backup))
        {
            error.WriteLine($"No backup at {backup}.");
            return 2;
        }

        if (string.Equals(database, backup, StringComparison.Ordinal))
        {
            error.WriteLine("--from must name a file other than the database itself.");
            return 2;
        }

        var problem = CheckBackup(backup);
        if (problem is not null)
        {
            error.WriteLine($"Not restored: {backup} {problem}");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        try
        {
            using var target = Open(database, SqliteOpenMode.ReadWriteCreate, InUseWait);
            if (!IsAlone(target))
            {
                KeepWalMode(target);
                error.WriteLine(
                    $"Not restored: {database} is in use (another connection has it open). " +
                    "Stop the app (and any sqlite3 shell) and run the restore again.");
                return 1;
            }

            using (var source = Open(backup, SqliteOpenMode.ReadOnly, InUseWait))
            {
                source.BackupDatabase(target);
            }

            Execute(target, "PRAGMA journal_mode=WAL;");
        }
        catch (SqliteException ex)
        {
            error.WriteLine($"Restore failed, database unchanged or rolled back: {ex.Message}");
            return 1;
        }

        output.WriteLine($"Restored {database} from {backup}.");
        return 0;
    }

    /// <summary>Null when the file is an intact SQLite database with EF Core's migration history; else why not.</summary>
    internal static string? CheckBackup(string backup)
    {
        try
        {
            using var connection = Open(backup, SqliteOpenMode.ReadOnly, InUseWait);
            var integrity = Scalar(connection, "PRAGMA integrity_check;");
            if (!string.Equals(integrity, "ok", StringComparison.Ordinal))
            {
                return $"fails SQLite's integrity check ({integrity}).";
            }

            var history = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';");
            return history == "1" ? null : "is an SQLite file but not a ValueFirst database (no __EFMigrationsHistory table).";
        }
        catch (SqliteException ex)
        {
            return $"is not a readable SQLite database ({ex.Message}).";
        }
    }

    private static bool IsAlone(SqliteConnection target)
    {
        try
        {
            Execute(target, "PRAGMA journal_mode=DELETE;");
            if (!string.Equals(Scalar(target, "PRAGMA journal_mode;"), "delete", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            Execute(target, "BEGIN EXCLUSIVE; COMMIT;");
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            return false;
        }
    }

    // A refusal after leaving WAL mode puts the mode back, so the app finds its database as it left it.
    private static void KeepWalMode(SqliteConnection target)
    {
        try
        {
            Execute(target, "PRAGMA journal_mode=WAL;");
        }
        catch (SqliteException)
        {
            // Still busy: the mode never changed, because leaving WAL needs the same exclusive access.
        }
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode, TimeSpan busyTimeout)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void DeleteDatabaseFiles(string file)
    {
        foreach (var path in new[] { file, file + "-journal", file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
