using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>
/// Watches one user's drafts folder and says when anything in it changes. A folder with reserved sub-folders (the
/// content root, whose <c>users</c> folder holds everyone else's) gets a watcher on its own files and one per
/// other top-level folder, so other users' edits neither wake it nor cost it a watch per folder.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private const NotifyFilters Changes = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;

    private readonly ContentFolder folder;
    private readonly Action changed;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly List<FileSystemWatcher> watchers = [];
    private bool disposed;

    public FolderWatch(ContentFolder folder, Action changed, ILogger logger)
    {
        this.folder = folder;
        this.changed = changed;
        this.logger = logger;
        if (!folder.Exists)
        {
            logger.LogWarning("Drafts folder {Folder} does not exist: its calendar is empty until it is created", folder.Root);
            return;
        }

        Rebuild();
    }

    private void Rebuild()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }

            watchers.Clear();
            if (folder.ReservedFolders.Count == 0)
            {
                watchers.Add(Start(folder.Root, recursive: true));
                return;
            }

            var top = Start(folder.Root, recursive: false);
            // A folder created or removed at the top changes which folders need a watcher.
            top.Created += (_, e) => OnTopLevelEvent(e.FullPath);
            top.Deleted += (_, e) => OnTopLevelEvent(e.FullPath);
            top.Renamed += (_, e) => OnTopLevelEvent(e.FullPath, e.OldFullPath);
            watchers.Add(top);
            foreach (var sub in Directory.EnumerateDirectories(folder.Root))
            {
                var name = Path.GetFileName(sub);
                if (!folder.ReservedFolders.Contains(name, StringComparer.OrdinalIgnoreCase) && !name.StartsWith('.'))
                {
                    watchers.Add(Start(sub, recursive: true));
                }
            }
        }
    }

    // A new folder needs a watcher; a folder that went away (or was renamed) takes its watcher with it.
    private void OnTopLevelEvent(string path, string? oldPath = null)
    {
        var name = Path.GetFileName(path);
        bool watched;
        lock (gate)
        {
            watched = watchers.Any(w => w.IncludeSubdirectories && (w.Path == path || w.Path == oldPath));
        }

        var newFolder = Directory.Exists(path) && !name.StartsWith('.') && !folder.ReservedFolders.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (watched || newFolder)
        {
            Rebuild();
        }
    }

    private FileSystemWatcher Start(string path, bool recursive)
    {
        var watcher = new FileSystemWatcher(path) { IncludeSubdirectories = recursive, NotifyFilter = Changes };
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Watching {Folder} failed or overflowed; reading it again", path);
            changed();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (sender is FileSystemWatcher { IncludeSubdirectories: false } && folder.ReservedFolders.Contains(e.Name ?? "", StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        changed();
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }

            watchers.Clear();
        }
    }
}
