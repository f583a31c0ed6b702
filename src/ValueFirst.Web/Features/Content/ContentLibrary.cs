using System.Collections.Concurrent;
using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Each user's drafts, kept current: a user's folder is found (<see cref="UserFolders"/>), loaded and watched the
/// first time it is asked for, reloaded shortly after any file in it changes (a burst of saves causes one reload),
/// and forgotten (watcher and all) after <see cref="IdleAfter"/> without use or a page watching it, so memory and
/// watchers grow with the users active now, not with every account. Every method takes the owner: one user's
/// calendar, preview, feed, reminders and weekly hour never read another's folder.
/// </summary>
public sealed class ContentLibrary : IDisposable
{
    /// <summary>How long a folder nobody reads or watches stays loaded.</summary>
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider time;
    private readonly ILogger<ContentLibrary> logger;
    private readonly ITimer sweeper;

    // Writes to one folder go one at a time (a save's check and rename, two tabs saving at once); 64 stripes bound the locks.
    private readonly SemaphoreSlim[] writeGates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public ContentLibrary(IServiceScopeFactory scopes, TimeProvider time, ILogger<ContentLibrary> logger)
    {
        this.scopes = scopes;
        this.time = time;
        this.logger = logger;
        sweeper = time.CreateTimer(_ => SweepIdle(), null, SweepEvery, SweepEvery);
    }

    /// <summary>How many users' folders are loaded now.</summary>
    public int LoadedFolders => entries.Count;

    /// <summary>The owner's latest items and problems; replaced as a whole, never mutated.</summary>
    public async Task<ContentSnapshot> SnapshotAsync(string ownerId, CancellationToken ct = default) =>
        (await EntryAsync(ownerId, ct)).Snapshot;

    /// <summary>The owner's drafts, articles and shares: what the weekly hour and the reminder read.</summary>
    public async Task<IReadOnlyList<ContentItem>> ItemsAsync(string ownerId, CancellationToken ct = default) =>
        (await SnapshotAsync(ownerId, ct)).Items;

    /// <summary>The owner's folder and how it is theirs.</summary>
    public async Task<UserFolder> FolderAsync(string ownerId, CancellationToken ct = default) =>
        (await EntryAsync(ownerId, ct)).Folder;

    /// <summary>
    /// Calls <paramref name="changed"/> (on a background thread) after each reload of the owner's folder, until the
    /// returned subscription is disposed; while subscribed the folder stays loaded.
    /// </summary>
    public async Task<IDisposable> SubscribeAsync(string ownerId, Action changed, CancellationToken ct = default)
    {
        while (true)
        {
            var subscription = (await EntryAsync(ownerId, ct)).Subscribe(changed);
            if (subscription is not null)
            {
                return subscription;
            }
        }
    }

    /// <summary>Reads the owner's folder again now.</summary>
    public async Task ReloadAsync(string ownerId, CancellationToken ct = default) =>
        (await EntryAsync(ownerId, ct)).Reload();

    /// <summary>The text of one of the owner's loaded drafts (or of a file of theirs with problems); null for any other path.</summary>
    public async Task<string?> ReadDraftAsync(string ownerId, string? relativePath, CancellationToken ct = default)
    {
        var entry = await EntryAsync(ownerId, ct);
        var snapshot = entry.Snapshot;
        if (relativePath is null || (snapshot.Find(relativePath) is null && !snapshot.Problems.Any(p => p.Path == relativePath)))
        {
            return null;
        }

        return entry.Folder.Folder.ReadText(relativePath);
    }

    /// <summary>
    /// Runs a write in the owner's folder, one at a time per folder, then reloads it so the next read (and every page
    /// watching it) sees the change at once.
    /// </summary>
    public async Task<T> WriteAsync<T>(string ownerId, Func<ContentFolder, T> write, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var entry = await EntryAsync(ownerId, ct);
        var gate = writeGates[(int)((uint)StringComparer.Ordinal.GetHashCode(entry.Folder.Folder.Root) % (uint)writeGates.Length)];
        await gate.WaitAsync(ct);
        try
        {
            return write(entry.Folder.Folder);
        }
        finally
        {
            gate.Release();
            entry.Reload();
        }
    }

    private async Task<Entry> EntryAsync(string ownerId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        if (entries.TryGetValue(ownerId, out var existing) && existing.Touch(time.GetUtcNow()))
        {
            return existing;
        }

        UserFolder folder;
        await using (var scope = scopes.CreateAsyncScope())
        {
            folder = await scope.ServiceProvider.GetRequiredService<UserFolders>().ResolveAsync(ownerId, ct);
        }

        var created = new Entry(folder, time, logger);
        while (true)
        {
            var entry = entries.GetOrAdd(ownerId, created);
            if (entry.Touch(time.GetUtcNow()))
            {
                if (!ReferenceEquals(entry, created))
                {
                    created.Dispose();
                }

                return entry;
            }

            // Retired by the sweep a moment ago: take its place.
            entries.TryRemove(KeyValuePair.Create(ownerId, entry));
        }
    }

    private void SweepIdle()
    {
        var now = time.GetUtcNow();
        foreach (var (owner, entry) in entries)
        {
            if (entry.TryRetire(now - IdleAfter) && entries.TryRemove(KeyValuePair.Create(owner, entry)))
            {
                entry.Dispose();
                logger.LogDebug("Unloaded the idle drafts folder of user {UserId}", owner);
            }
        }
    }

    public void Dispose()
    {
        sweeper.Dispose();
        foreach (var entry in entries.Values)
        {
            entry.Dispose();
        }

        entries.Clear();
    }

    /// <summary>One loaded folder: its snapshot, its watcher and who is watching it.</summary>
    private sealed class Entry : IDisposable
    {
        private readonly Lock gate = new();
        private readonly ILogger logger;
        private readonly ITimer reloadTimer;
        private readonly FolderWatch watch;
        private readonly List<Action> subscribers = [];
        private volatile ContentSnapshot? snapshot;
        private DateTimeOffset lastUsed = DateTimeOffset.MinValue;
        private bool retired;

        public Entry(UserFolder folder, TimeProvider time, ILogger logger)
        {
            Folder = folder;
            this.logger = logger;
            reloadTimer = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            watch = new FolderWatch(folder.Folder, () => reloadTimer.Change(Debounce, Timeout.InfiniteTimeSpan), logger);
        }

        public UserFolder Folder { get; }

        public ContentSnapshot Snapshot
        {
            get
            {
                if (snapshot is { } loaded)
                {
                    return loaded;
                }

                lock (gate)
                {
                    return snapshot ??= Folder.Folder.Load();
                }
            }
        }

        /// <summary>Marks the entry used now; false once the sweep has retired it.</summary>
        public bool Touch(DateTimeOffset now)
        {
            lock (gate)
            {
                lastUsed = now;
                return !retired;
            }
        }

        public IDisposable? Subscribe(Action changed)
        {
            lock (gate)
            {
                if (retired)
                {
                    return null;
                }

                subscribers.Add(changed);
            }

            return new Subscription(this, changed);
        }

        /// <summary>Retires the entry when nothing watches it and it was last used before <paramref name="usedBefore"/>.</summary>
        public bool TryRetire(DateTimeOffset usedBefore)
        {
            lock (gate)
            {
                retired = retired || (subscribers.Count == 0 && lastUsed < usedBefore);
                return retired;
            }
        }

        public void Reload()
        {
            Action[] notify;
            lock (gate)
            {
                snapshot = Folder.Folder.Load();
                notify = [.. subscribers];
            }

            logger.LogDebug("Loaded {Items} drafts and {Problems} problems from {Folder}", snapshot.Items.Count, snapshot.Problems.Count, Folder.Folder.Root);
            foreach (var changed in notify)
            {
                changed();
            }
        }

        public void Dispose()
        {
            watch.Dispose();
            reloadTimer.Dispose();
        }

        private void Unsubscribe(Action changed)
        {
            lock (gate)
            {
                subscribers.Remove(changed);
            }
        }

        private sealed class Subscription(Entry entry, Action changed) : IDisposable
        {
            private int disposed;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref disposed, 1) == 0)
                {
                    entry.Unsubscribe(changed);
                }
            }
        }
    }
}
