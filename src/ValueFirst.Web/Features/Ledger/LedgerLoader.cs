using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Reads the ledger for the lists and pages: the owner's inputs (settings, clock) after bringing their rows up to date,
/// and contacts with their <see cref="ContactLedgerFacts"/> from one <see cref="LedgerTotals"/> row each — never the
/// interactions themselves.
/// </summary>
internal static class LedgerLoader
{
    /// <summary>
    /// The owner's thresholds and clock, after recounting the rows whose window counts ran out. One statement reads the
    /// settings, the zone and the owner's earliest recount day together; the recount itself (a write) runs only when
    /// that day has come in the owner's zone, which the statement could not know before the zone was read.
    /// </summary>
    public static async Task<LedgerInputs> GetInputsAsync(ApplicationDbContext db, string ownerId, UserClock clock, CancellationToken ct)
    {
        var owner = await ReadOwner.For(db)(db, ownerId, ct);
        // No user row (an id no account has): the settings, zone and totals rows all belong to a user, so there are none.
        var now = await clock.WithZoneAsync(ownerId, owner?.ZoneId);
        if (owner?.NextRecountOn <= now.Today)
        {
            await LedgerTotalsRecount.RefreshDueAsync(db, ownerId, now, ct);
        }

        return new LedgerInputs(owner?.Settings?.ToReadinessSettings() ?? ReadinessSettings.Default, now);
    }

    /// <summary>
    /// The owner's settings, zone and earliest recount day. Compiled once: every ledger read starts here, and building
    /// the joins' expression tree and finding it in EF Core's query cache cost more than running the statement.
    /// </summary>
    private static readonly CompiledPerModel<Func<ApplicationDbContext, string, CancellationToken, Task<OwnerRow?>>> ReadOwner = new(() =>
        EF.CompileAsyncQuery((ApplicationDbContext db, string ownerId, CancellationToken ct) => (
                from u in db.Users.AsNoTracking()
                where u.Id == ownerId
                join l in db.Set<LedgerSettings>().AsNoTracking() on u.Id equals l.UserId into ls
                from l in ls.DefaultIfEmpty()
                join z in db.Set<UserSettings>().AsNoTracking() on u.Id equals z.UserId into zs
                from z in zs.DefaultIfEmpty()
                select new OwnerRow
                {
                    Settings = l,
                    ZoneId = z == null ? null : z.TimeZoneId,
                    NextRecountOn = db.Set<LedgerTotals>().Where(t => t.OwnerId == ownerId).Min(t => t.RecountOn),
                })
            .SingleOrDefault()));

    /// <summary>The contacts of <paramref name="contacts"/> (already filtered by owner), each with its facts.</summary>
    public static async Task<List<LedgerContact>> LoadAsync(ApplicationDbContext db, IQueryable<Contact> contacts, LedgerInputs inputs, CancellationToken ct)
    {
        var totals = db.Set<LedgerTotals>();
        var rows = await (
                from c in contacts.AsNoTracking()
                join t in totals.AsNoTracking() on c.Id equals t.ContactId into joined
                from t in joined.DefaultIfEmpty()
                select new Joined { Contact = c, Totals = t })
            .Select(ToRow)
            .ToListAsync(ct);
        return rows.ConvertAll(r => r.ToLedgerContact(inputs));
    }

    /// <summary>
    /// The contacts of one page of the ledger's rows (already filtered, sorted and cut), in the page's order, each with
    /// its facts and the day its suggestion pause ends (null when not paused): one statement. The page drives the join,
    /// so each contact is found by key rather than by walking all the owner's contacts for the page's ids.
    /// </summary>
    public static async Task<List<(LedgerContact Contact, DateOnly? PausedUntil)>> LoadPageAsync(
        ApplicationDbContext db, IQueryable<LedgerStateQuery.StateRow> page, LedgerInputs inputs, CancellationToken ct)
    {
        var contacts = db.Set<Contact>();
        var totals = db.Set<LedgerTotals>();
        var pauses = db.Set<SuggestionPause>();
        DateOnly today = inputs.Today;
        var rows = await (
                from r in page
                join c in contacts.AsNoTracking() on r.ContactId equals c.Id
                join t in totals.AsNoTracking() on r.ContactId equals t.ContactId
                from p in pauses.Where(p => p.ContactId == r.ContactId && p.PausedUntil > today).DefaultIfEmpty()
                select new Joined { Contact = c, Totals = t, PausedUntil = p == null ? null : p.PausedUntil })
            .Select(ToRow)
            .ToListAsync(ct);
        return rows.ConvertAll(r => (r.ToLedgerContact(inputs), r.PausedUntil));
    }

    /// <summary>The owner's contacts, optionally narrowed to one tag, in SQL.</summary>
    public static IQueryable<Contact> Contacts(ApplicationDbContext db, string ownerId, string? tag = null)
    {
        var query = db.Set<Contact>().Where(c => c.OwnerId == ownerId);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            // Tags are stored as "a;b;c": wrap both sides in separators so "ai" does not match "fintech;mail".
            var needle = ";" + tag.Trim().ToLowerInvariant() + ";";
            query = query.Where(c => (";" + c.Tags + ";").Contains(needle));
        }

        return query;
    }

    private static DateTime? AsUtc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    /// <summary>
    /// The one projection both loads end with: a contact's columns, the eight of its <see cref="LedgerTotals"/> its facts
    /// are built from (null when it has none), and its pause.
    /// </summary>
    private static readonly Expression<Func<Joined, ContactRow>> ToRow = j => new ContactRow
    {
        Id = j.Contact.Id, Name = j.Contact.Name, Company = j.Contact.Company, Position = j.Contact.Position, Tags = j.Contact.Tags,
        Role = j.Contact.Role, State = j.Contact.State, FitScore = j.Contact.FitScore, GiveCadenceDays = j.Contact.GiveCadenceDays,
        ConnectedOn = j.Contact.ConnectedOn, RoleChangedOn = j.Contact.RoleChangedOn, CreatedUtc = j.Contact.CreatedUtc,
        InvitedOn = j.Contact.InvitedOn, PausedUntil = j.PausedUntil,
        Totals = j.Totals == null ? null : new TotalsFacts
        {
            Gives = j.Totals.Gives, Asks = j.Totals.Asks, Received = j.Totals.Received, LastGiveUtc = j.Totals.LastGiveUtc,
            LastAskUtc = j.Totals.LastAskUtc, GivesSinceLastAsk = j.Totals.GivesSinceLastAsk, GivesInWindow = j.Totals.GivesInWindow,
            AsksInWindow = j.Totals.AsksInWindow,
        },
    };

    /// <summary>A contact joined to its totals row and pause, before <see cref="ToRow"/> picks the columns.</summary>
    private sealed class Joined
    {
        public Contact Contact { get; init; } = null!;

        public LedgerTotals? Totals { get; init; }

        public DateOnly? PausedUntil { get; init; }
    }

    /// <summary>What <see cref="ReadOwner"/> reads of the owner.</summary>
    private sealed class OwnerRow
    {
        public LedgerSettings? Settings { get; init; }

        public string? ZoneId { get; init; }

        public DateOnly? NextRecountOn { get; init; }
    }

    /// <summary>
    /// The eight columns of a contact's <see cref="LedgerTotals"/> its facts are built from: reading the whole row
    /// (27 columns, most of them dates SQLite stores as text) doubled the work of materializing a page.
    /// </summary>
    private sealed class TotalsFacts
    {
        public int Gives { get; init; }

        public int Asks { get; init; }

        public int Received { get; init; }

        public DateTime? LastGiveUtc { get; init; }

        public DateTime? LastAskUtc { get; init; }

        public int GivesSinceLastAsk { get; init; }

        public int GivesInWindow { get; init; }

        public int AsksInWindow { get; init; }
    }

    /// <summary>The columns a <see cref="LedgerContact"/> is built from, as one query reads them.</summary>
    private sealed class ContactRow
    {
        public int Id { get; init; }

        public string Name { get; init; } = "";

        public string? Company { get; init; }

        public string? Position { get; init; }

        public string Tags { get; init; } = "";

        public PipelineRole Role { get; init; }

        public ConnectionState State { get; init; }

        public int FitScore { get; init; }

        public int? GiveCadenceDays { get; init; }

        public DateOnly? ConnectedOn { get; init; }

        public DateOnly? RoleChangedOn { get; init; }

        public DateTime CreatedUtc { get; init; }

        public DateOnly? InvitedOn { get; init; }

        public TotalsFacts? Totals { get; init; }

        public DateOnly? PausedUntil { get; init; }

        public LedgerContact ToLedgerContact(LedgerInputs inputs)
        {
            var firstSeenOn = LocalDays.DateOf(AsUtc(CreatedUtc)!.Value, inputs.Zone);
            var connectedOn = ConnectionDate.CountFrom(State, ConnectedOn, firstSeenOn, InvitedOn);
            var facts = Totals is { } t
                ? new ContactLedgerFacts(t.Gives, t.Asks, t.Received, AsUtc(t.LastGiveUtc), AsUtc(t.LastAskUtc), t.GivesSinceLastAsk,
                    t.GivesInWindow, t.AsksInWindow, connectedOn, firstSeenOn)
                : ContactLedgerFacts.None(connectedOn, firstSeenOn);
            return new LedgerContact(Id, Name, Company, LedgerContact.ParseTags(Tags), Role, State, FitScore, GiveCadenceDays,
                facts, Position, RoleChangedOn);
        }
    }
}
