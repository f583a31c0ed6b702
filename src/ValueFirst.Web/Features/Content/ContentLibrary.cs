using Microsoft.Extensions.Options;
using ValueFirst.Core.Content;
using ValueFirst.Web.Infrastructure;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// The drafts in the content folder, kept current: loaded once, then reloaded shortly after any file
/// in the folder changes (a burst of editor saves causes one reload). Pages read <see cref="Current"/>
/// and subscribe to <see cref="Changed"/> to refresh without a page reload. Other features (the weekly
/// connecting hour, the ledger) read <see cref="Current"/> for the items' titles, dates and paths.
/// </summary>
public sealed class ContentLibrary : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly ILogger<ContentLibrary> logger;
    private readonly Lock gate = new();
    private readonly FileSystemWatcher? watcher;
    private readonly ITimer reloadTimer;
    private readonly long maxDraftBytes;
    private volatile ContentSnapshot current = ContentSnapshot.Empty;

    public ContentLibrary(AppPaths paths, TimeProvider time, IOptions<ValueFirstOptions> options, ILogger<ContentLibrary> logger)
    {
        this.logger = logger;
        maxDraftBytes = options.Value.MaxDraftBytes;
        Root = paths.ContentDirectory;
        reloadTimer = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Reload();
        if (Directory.Exists(Root))
        {
            watcher = new FileSystemWatcher(Root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnFileEvent;
            watcher.Created += OnFileEvent;
            watcher.Deleted += OnFileEvent;
            watcher.Renamed += OnFileEvent;
            watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Content folder watcher overflowed; reloading everything");
                ScheduleReload();
            };
            watcher.EnableRaisingEvents = true;
            logger.LogInformation("Watching drafts in {Folder}: {Items} loaded, {Problems} problems", Root, current.Items.Count, current.Problems.Count);
        }
        else
        {
            logger.LogWarning("Content folder {Folder} does not exist: the calendar is empty until it is created (ValueFirst:ContentPath)", Root);
        }
    }

    /// <summary>Absolute path of the content folder.</summary>
    public string Root { get; }

    /// <summary>The latest loaded items and problems; replaced as a whole, never mutated.</summary>
    public ContentSnapshot Current => current;

    /// <summary>Raised (on a background thread) after each reload.</summary>
    public event Action? Changed;

    /// <summary>Reads the folder again now.</summary>
    public void Reload()
    {
        lock (gate)
        {
            current = ContentFolder.Load(Root, maxDraftBytes);
        }

        logger.LogDebug("Loaded {Items} drafts and {Problems} problems from {Folder}", current.Items.Count, current.Problems.Count, Root);
        Changed?.Invoke();
    }

    /// <summary>
    /// Writes an accepted or overridden publish date into a known draft's front matter. Only paths of
    /// loaded drafts are accepted, so a tampered path cannot reach another file.
    /// </summary>
    public bool AcceptDate(string relativePath, DateOnly date)
    {
        if (current.Find(relativePath) is null)
        {
            return false;
        }

        bool written;
        lock (gate)
        {
            written = ContentFolder.WriteDate(Root, relativePath, date);
        }

        if (written)
        {
            logger.LogInformation("Wrote date {Date} into {Path}", date, relativePath);
            Reload();
        }

        return written;
    }

    /// <summary>The text of a loaded draft or of a file with problems; null for any other path.</summary>
    public string? ReadDraft(string? relativePath)
    {
        var snapshot = current;
        if (relativePath is null || (snapshot.Find(relativePath) is null && !snapshot.Problems.Any(p => p.Path == relativePath)))
        {
            return null;
        }

        return ContentFolder.ReadText(Root, relativePath, maxDraftBytes);
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e) => ScheduleReload();

    private void ScheduleReload() => reloadTimer.Change(Debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        watcher?.Dispose();
        reloadTimer.Dispose();
    }
}
