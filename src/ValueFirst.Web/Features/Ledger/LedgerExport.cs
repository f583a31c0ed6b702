using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Writes the user's ledger as CSV a spreadsheet opens directly: UTF-8 with a byte order mark (Excel
/// needs it for accents), a header row, dates in the user's zone, and text neutralised against formulas.
/// Interactions are streamed from the database, never held in memory all at once.
/// </summary>
public sealed class LedgerExport(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock)
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        // Neutralised per text cell by CsvCells instead, so numeric cells such as a balance of -2 stay numbers.
        InjectionOptions = InjectionOptions.None,
    };

    public async Task WriteContactsAsync(string ownerId, Stream output, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var contacts = await LedgerLoader.LoadAsync(db, LedgerLoader.Contacts(db, ownerId), inputs, ct);
        var rows = contacts
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id)
            .Select(c => BalanceRow.Evaluate(c, inputs));
        // How to reach each contact comes from the contact book; the ledger's own view of a contact has no need of it.
        var reach = await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == ownerId)
            .Select(c => new { c.Id, c.Email, c.ProfileUrl })
            .ToDictionaryAsync(c => c.Id, ct);

        await using var csv = await OpenAsync(output);
        foreach (var header in new[]
                 {
                     "Name", "Company", "Email", "Profile URL", "Role", "Connection", "Tags", "Connected on", "Gives", "Asks", "Received", "Balance",
                     "Last give", "Last ask", "Gives since last ask", "State", "Reason", "Next give due", "Overdue days", "Fit",
                 })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            var c = row.Contact;
            csv.WriteField(CsvCells.Text(c.Name));
            csv.WriteField(CsvCells.Text(c.Company));
            var contact = reach.GetValueOrDefault(c.Id);
            csv.WriteField(CsvCells.Text(contact?.Email));
            csv.WriteField(CsvCells.Text(contact?.ProfileUrl));
            csv.WriteField(c.Role.ToString());
            csv.WriteField(c.ConnectionState.ToString());
            csv.WriteField(CsvCells.Text(string.Join("; ", c.Tags)));
            csv.WriteField(Date(row.Facts.ConnectedOn));
            csv.WriteField(row.Facts.Gives);
            csv.WriteField(row.Facts.Asks);
            csv.WriteField(row.Facts.Received);
            csv.WriteField(row.Facts.Balance);
            csv.WriteField(Date(row.Facts.LastGiveUtc is { } g ? LocalDays.DateOf(g, inputs.Zone) : null));
            csv.WriteField(Date(row.Facts.LastAskUtc is { } a ? LocalDays.DateOf(a, inputs.Zone) : null));
            csv.WriteField(row.Facts.GivesSinceLastAsk);
            csv.WriteField(AskReadiness.Label(row.Readiness.State));
            csv.WriteField(CsvCells.Text(row.Readiness.Reason));
            csv.WriteField(Date(row.Due.DueOn));
            // Days overdue count from a real give only: a contact never given to is waiting, not late.
            csv.WriteField(row.Due.DueOn is null || row.Due.FirstGive ? "" : row.Due.OverdueDays.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(c.FitScore);
            await csv.NextRecordAsync();
        }
    }

    public async Task WriteInteractionsAsync(string ownerId, Stream output, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inputs = await LedgerLoader.GetInputsAsync(db, ownerId, clock, ct);
        var interactions =
            from i in db.Set<Interaction>().AsNoTracking()
            join c in db.Set<Contact>() on i.ContactId equals c.Id
            where i.OwnerId == ownerId && c.OwnerId == ownerId
            orderby i.OccurredUtc, i.Id
            select new { i.OccurredUtc, c.Name, c.Company, i.Direction, i.Type, i.Channel, i.ContentPath, i.Note };

        await using var csv = await OpenAsync(output);
        foreach (var header in new[] { "Date", "Contact", "Company", "Direction", "Type", "Channel", "Content", "Note" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        await foreach (var i in interactions.AsAsyncEnumerable().WithCancellation(ct))
        {
            csv.WriteField(inputs.ToLocal(i.OccurredUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            csv.WriteField(CsvCells.Text(i.Name));
            csv.WriteField(CsvCells.Text(i.Company));
            csv.WriteField(i.Direction.ToString());
            csv.WriteField(InteractionTypes.Label(i.Type));
            csv.WriteField(i.Channel.ToString());
            csv.WriteField(CsvCells.Text(i.ContentPath));
            csv.WriteField(CsvCells.Text(i.Note));
            await csv.NextRecordAsync();
        }
    }

    private static async Task<CsvWriter> OpenAsync(Stream output)
    {
        // The byte order mark is written explicitly: StreamWriter skips it on some non-seekable streams.
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray());
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        return new CsvWriter(writer, Csv);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
