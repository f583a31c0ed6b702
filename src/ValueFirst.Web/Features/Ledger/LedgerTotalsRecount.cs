using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Keeps every contact's <see cref="LedgerTotals"/> row (figures and state dates) and its
/// <see cref="Contact.LastInteractionUtc"/> right. Every write is followed, in the same transaction, by a recount of
/// the touched contacts from their interactions, their contact row and the owner's settings (a few indexed reads
/// each): simple, and correct for a new, removed or back-dated interaction, an edited contact or new settings alike.
/// <see cref="LedgerTotalsInterceptor"/> does it for every <c>SaveChanges</c>; reads recount the rows whose window
/// counts have run out (<see cref="RefreshDueAsync"/>).
/// </summary>
public static class LedgerTotalsRecount
{
    internal const string Table = "LedgerTotals";

    private const int Columns = 26;

    private const string ColumnList = """
        "ContactId", "OwnerId", "Gives", "Asks", "Received", "LastGiveUtc", "LastAskUtc", "GivesSinceLastAsk",
            "GivesInWindow", "AsksInWindow", "RecountOn", "AskOpensOn", "GiveDueOn", "FirstGive", "ConnectedOn",
            "LastReceivedUtc", "GivesSinceLastReceived", "FirstGiveSinceLastReceivedUtc", "StateOrder", "GiveTurn", "GiveIsDue",
            "Name", "FitScore", "Role", "ConnectionState", "ReviewedOn"
        """;

    private const string OnConflict = """
        ON CONFLICT ("ContactId") DO UPDATE SET "OwnerId" = excluded."OwnerId", "Gives" = excluded."Gives", "Asks" = excluded."Asks",
            "Received" = excluded."Received", "LastGiveUtc" = excluded."LastGiveUtc", "LastAskUtc" = excluded."LastAskUtc",
            "GivesSinceLastAsk" = excluded."GivesSinceLastAsk", "GivesInWindow" = excluded."GivesInWindow",
            "AsksInWindow" = excluded."AsksInWindow", "RecountOn" = excluded."RecountOn", "AskOpensOn" = excluded."AskOpensOn",
            "GiveDueOn" = excluded."GiveDueOn", "FirstGive" = excluded."FirstGive", "ConnectedOn" = excluded."ConnectedOn",
            "LastReceivedUtc" = excluded."LastReceivedUtc", "GivesSinceLastReceived" = excluded."GivesSinceLastReceived",
            "FirstGiveSinceLastReceivedUtc" = excluded."FirstGiveSinceLastReceivedUtc", "StateOrder" = excluded."StateOrder",
            "GiveTurn" = excluded."GiveTurn", "GiveIsDue" = excluded."GiveIsDue", "Name" = excluded."Name", "FitScore" = excluded."FitScore",
            "Role" = excluded."Role", "ConnectionState" = excluded."ConnectionState", "ReviewedOn" = excluded."ReviewedOn"
        """;

    /// <summary>Recounts the totals of <paramref name="contactIds"/> as of <paramref name="now"/>, in the caller's transaction (if any).</summary>
    public static Task RefreshAsync(ApplicationDbContext db, IReadOnlyCollection<int> contactIds, DateTimeOffset now, CancellationToken ct = default) =>
        RefreshAsync(db, contactIds, now, lockContacts: true, ct);

    /// <summary>
    /// Counts the totals of contacts the caller's transaction has just inserted. No other writer can see them before
    /// it commits, so they are not locked first: that lock is an UPDATE of every row, which on PostgreSQL wrote a new
    /// version of each new contact and its nine index entries (1.6 s of a whole export's import).
    /// </summary>
    public static Task CountNewAsync(ApplicationDbContext db, IReadOnlyCollection<int> contactIds, DateTimeOffset now, CancellationToken ct = default) =>
        RefreshAsync(db, contactIds, now, lockContacts: false, ct);

    private static async Task RefreshAsync(ApplicationDbContext db, IReadOnlyCollection<int> contactIds, DateTimeOffset now, bool lockContacts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(contactIds);
        foreach (var chunk in contactIds.Distinct().Chunk(1000))
        {
            await RefreshChunkAsync(db, chunk, now, lockContacts, ct);
        }
    }

    /// <summary>
    /// Recounts the owner's rows whose window counts ran out (or were marked stale by a settings change), so the
    /// database's state on <paramref name="now"/>'s day is exact before a read pages, sorts or counts by it.
    /// Usually nothing: one index seek.
    /// </summary>
    public static async Task RefreshDueAsync(ApplicationDbContext db, string ownerId, UserNow now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(now);
        // Typed as the column is: a lifted comparison would make EF Core compile the conversion on every read.
        DateOnly? today = now.Today;
        var due = await db.Set<LedgerTotals>().AsNoTracking()
            .Where(t => t.OwnerId == ownerId && t.RecountOn <= today)
            .Select(t => t.ContactId)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return;
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await RefreshAsync(db, due, now.Instant, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Marks every row of the owner to be counted again at the next read (their settings or time zone changed).</summary>
    public static Task<int> MarkStaleAsync(ApplicationDbContext db, string ownerId, DateOnly today, CancellationToken ct = default) =>
        db.Set<LedgerTotals>().Where(t => t.OwnerId == ownerId).ExecuteUpdateAsync(set => set.SetProperty(t => t.RecountOn, (DateOnly?)today), ct);

    /// <summary>
    /// Counts the rows of contacts that have none: contacts written outside the app (a bulk load, a restore of an
    /// older backup) and every contact after the upgrade that added them. Cheap when nothing is missing: one anti-join.
    /// </summary>
    /// <returns>How many contacts were counted.</returns>
    public static async Task<int> BackfillAsync(ApplicationDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var totals = db.Set<LedgerTotals>();
        var missing = await db.Set<Contact>()
            .Where(c => !totals.Any(t => t.ContactId == c.Id))
            .Select(c => c.Id)
            .ToListAsync(ct);
        foreach (var chunk in missing.Chunk(2000))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await RefreshAsync(db, chunk, now, ct);
            await transaction.CommitAsync(ct);
        }

        return missing.Count;
    }

    private static async Task RefreshChunkAsync(ApplicationDbContext db, int[] ids, DateTimeOffset now, bool lockContacts, CancellationToken ct)
    {
        // Locks the contacts' rows first (PostgreSQL), so two writers on one contact count one after the other and the
        // second sees the first's interaction; the contact row exists even before its first interaction.
        var contacts = db.Set<Contact>().Where(c => ids.Contains(c.Id));
        if (lockContacts)
        {
            await contacts.ExecuteUpdateAsync(set => set.SetProperty(c => c.LastInteractionUtc, c => c.LastInteractionUtc), ct);
        }

        var profiles = await contacts.AsNoTracking()
            .Select(c => new Profile(c.Id, c.OwnerId, c.State, c.ConnectedOn, c.InvitedOn, c.CreatedUtc, c.Role, c.Tags, c.GiveCadenceDays, c.LastInteractionUtc,
                c.Name, c.FitScore, c.ReviewedOn))
            .ToListAsync(ct);
        var counted = await Count(db.Set<Interaction>().Where(i => ids.Contains(i.ContactId)), db.Set<Interaction>())
            .ToDictionaryAsync(c => c.ContactId, ct);

        var rows = new List<Row>(profiles.Count);
        foreach (var owner in profiles.GroupBy(p => p.OwnerId))
        {
            var zone = await UserClock.ZoneAsync(db, owner.Key, ct);
            var settings = (await LedgerSettingsStore.FindAsync(db, owner.Key, ct))?.ToReadinessSettings() ?? ReadinessSettings.Default;
            var windowStart = DateTime.SpecifyKind(AskReadiness.WindowStartUtc(now, zone), DateTimeKind.Utc);
            var countedOn = LocalDays.Today(now, zone);
            var ownerIds = owner.Select(p => p.Id).ToList();
            var windowEvents = (await db.Set<Interaction>().AsNoTracking()
                    .Where(i => ownerIds.Contains(i.ContactId) && i.OccurredUtc >= windowStart
                        && (i.Direction == InteractionDirection.Give || i.Direction == InteractionDirection.Ask))
                    .Select(i => new { i.ContactId, i.Direction, i.OccurredUtc })
                    .ToListAsync(ct))
                .ToLookup(i => i.ContactId);

            foreach (var p in owner)
            {
                var c = counted.GetValueOrDefault(p.Id);
                var window = windowEvents[p.Id].ToList();
                var firstSeenOn = LocalDays.DateOf(p.CreatedUtc, zone);
                var facts = new ContactLedgerFacts(
                    c?.Gives ?? 0, c?.Asks ?? 0, c?.Received ?? 0, AsUtc(c?.LastGiveUtc), AsUtc(c?.LastAskUtc), c?.GivesSinceLastAsk ?? 0,
                    window.Count(e => e.Direction == InteractionDirection.Give), window.Count(e => e.Direction == InteractionDirection.Ask),
                    ConnectionDate.CountFrom(p.State, p.ConnectedOn, firstSeenOn, p.InvitedOn), firstSeenOn);
                var cadence = GiveCadence.DaysFor(p.GiveCadenceDays, LedgerContact.ParseTags(p.Tags), p.Role, settings);
                var schedule = LedgerSchedule.Of(facts, window.Select(e => LocalDays.DateOf(e.OccurredUtc, zone)), settings, cadence, now, zone);
                var oneWay = new OneWay(AsUtc(c?.LastReceivedUtc), c?.GivesSinceLastReceived ?? 0, AsUtc(c?.FirstGiveSinceLastReceivedUtc));
                rows.Add(new Row(p, facts, schedule, oneWay, c?.LastInteractionUtc, countedOn));
            }
        }

        if (db.Database.IsSqlite())
        {
            await UpsertOneByOneAsync(db, rows, ct);
        }
        else
        {
            foreach (var batch in rows.Chunk(MultiRowStatements.PostgresRows))
            {
                await UpsertAsync(db, batch, ct);
            }
        }

        foreach (var row in rows.Where(r => r.LastInteractionUtc != r.Profile.LastInteractionUtc))
        {
            var last = row.LastInteractionUtc;
            await db.Set<Contact>().Where(c => c.Id == row.Profile.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.LastInteractionUtc, last), ct);
        }
    }

    // PostgreSQL: many rows per statement, one round trip each.
    private static Task<int> UpsertAsync(ApplicationDbContext db, Row[] batch, CancellationToken ct)
    {
        var sql = new StringBuilder($"INSERT INTO \"{Table}\" ({ColumnList})\nVALUES");
        var values = new List<object?>(batch.Length * Columns);
        for (var i = 0; i < batch.Length; i++)
        {
            var at = values.Count;
            sql.Append(i == 0 ? "\n(" : ",\n(").AppendJoin(", ", Enumerable.Range(at, Columns).Select(n => $"{{{n}}}")).Append(')');
            values.AddRange(ValuesOf(batch[i]));
        }

        sql.Append('\n').Append(OnConflict);
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, ct);
    }

    // SQLite: one prepared statement executed per row. SQLite binds a many-row statement's parameters by name, looking
    // each up by a scan, and compiles every statement of an EF Core command afresh; for an import's thousands of new
    // contacts those costs were most of their ledger rows' time.
    private static async Task UpsertOneByOneAsync(ApplicationDbContext db, List<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = ColumnList.Split(',', StringSplitOptions.TrimEntries).Select(c => MappedColumn.For<LedgerTotals>(db, c.Trim('"'))).ToArray();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{Table}\" ({ColumnList})\nVALUES ({string.Join(", ", columns.Select((_, i) => $"@v{i}"))})\n{OnConflict}";
            var parameters = columns.Select((c, i) => c.CreateParameter(command, $"@v{i}")).ToArray();
            command.Parameters.AddRange(parameters);
            foreach (var row in rows)
            {
                var values = ValuesOf(row);
                for (var i = 0; i < columns.Length; i++)
                {
                    parameters[i].Value = columns[i].ToProvider(values[i]);
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // In the order of ColumnList.
    private static object?[] ValuesOf(Row row)
    {
        var (p, f, s, oneWay, today) = (row.Profile, row.Facts, row.Schedule, row.OneWay, row.CountedOn);
        return [p.Id, p.OwnerId, f.Gives, f.Asks, f.Received, f.LastGiveUtc, f.LastAskUtc, f.GivesSinceLastAsk,
            s.GivesInWindow, s.AsksInWindow, s.RecountOn, s.AskOpensOn, s.GiveDueOn, s.FirstGive, f.ConnectedOn,
            oneWay.LastReceivedUtc, oneWay.Gives, oneWay.FirstGiveUtc, LedgerStateQuery.OrderOf(s.StateOn(today)),
            LedgerStateQuery.TurnOf(s.GiveTurnOn(today)), s.GiveIsDueOn(today), p.Name, p.FitScore, p.Role, p.State, p.ReviewedOn];
    }

    /// <summary>The figures of each contact among <paramref name="interactions"/>, counted by the database.</summary>
    private static IQueryable<Counted> Count(IQueryable<Interaction> interactions, IQueryable<Interaction> all) =>
        interactions
            .GroupBy(i => i.ContactId)
            .Select(g => new
            {
                ContactId = g.Key,
                Gives = g.Count(x => x.Direction == InteractionDirection.Give),
                Asks = g.Count(x => x.Direction == InteractionDirection.Ask),
                Received = g.Count(x => x.Direction == InteractionDirection.Received),
                LastGive = g.Where(x => x.Direction == InteractionDirection.Give).Max(x => (DateTime?)x.OccurredUtc),
                LastAsk = g.Where(x => x.Direction == InteractionDirection.Ask).Max(x => (DateTime?)x.OccurredUtc),
                LastReceived = g.Where(x => x.Direction == InteractionDirection.Received).Max(x => (DateTime?)x.OccurredUtc),
                FirstGive = g.Where(x => x.Direction == InteractionDirection.Give).Min(x => (DateTime?)x.OccurredUtc),
                Last = g.Max(x => (DateTime?)x.OccurredUtc),
            })
            .Select(g => new Counted
            {
                ContactId = g.ContactId,
                Gives = g.Gives,
                Asks = g.Asks,
                Received = g.Received,
                LastGiveUtc = g.LastGive,
                LastAskUtc = g.LastAsk,
                LastInteractionUtc = g.Last,
                // A range count on (contact, direction, time) per contact that has asked.
                GivesSinceLastAsk = g.LastAsk == null
                    ? g.Gives
                    : all.Count(x => x.ContactId == g.ContactId && x.Direction == InteractionDirection.Give && x.OccurredUtc > g.LastAsk),
                LastReceivedUtc = g.LastReceived,
                GivesSinceLastReceived = g.LastReceived == null
                    ? g.Gives
                    : all.Count(x => x.ContactId == g.ContactId && x.Direction == InteractionDirection.Give && x.OccurredUtc > g.LastReceived),
                FirstGiveSinceLastReceivedUtc = g.LastReceived == null
                    ? g.FirstGive
                    : all.Where(x => x.ContactId == g.ContactId && x.Direction == InteractionDirection.Give && x.OccurredUtc > g.LastReceived)
                        .Min(x => (DateTime?)x.OccurredUtc),
            });

    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    private sealed record Profile(
        int Id, string OwnerId, Core.Contacts.ConnectionState State, DateOnly? ConnectedOn, DateOnly? InvitedOn, DateTime CreatedUtc,
        Core.Contacts.PipelineRole Role, string Tags, int? GiveCadenceDays, DateTime? LastInteractionUtc, string Name, int FitScore,
        DateOnly? ReviewedOn);

    /// <param name="CountedOn">The owner's local day of the count: the state and turn stored are that day's.</param>
    private sealed record Row(Profile Profile, ContactLedgerFacts Facts, LedgerSchedule Schedule, OneWay OneWay, DateTime? LastInteractionUtc, DateOnly CountedOn);

    /// <summary>The gives since the contact last gave anything back, for the review.</summary>
    private sealed record OneWay(DateTime? LastReceivedUtc, int Gives, DateTime? FirstGiveUtc);

    private sealed class Counted
    {
        public int ContactId { get; init; }

        public int Gives { get; init; }

        public int Asks { get; init; }

        public int Received { get; init; }

        public DateTime? LastGiveUtc { get; init; }

        public DateTime? LastAskUtc { get; init; }

        public DateTime? LastInteractionUtc { get; init; }

        public int GivesSinceLastAsk { get; init; }

        public DateTime? LastReceivedUtc { get; init; }

        public int GivesSinceLastReceived { get; init; }

        public DateTime? FirstGiveSinceLastReceivedUtc { get; init; }
    }
}
