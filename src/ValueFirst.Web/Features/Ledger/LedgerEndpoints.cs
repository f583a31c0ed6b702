using System.Security.Claims;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>CSV downloads of the signed-in user's ledger (linked from the balance page).</summary>
public static class LedgerEndpoints
{
    public static IEndpointRouteBuilder MapLedgerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/balance/export").RequireAuthorization();
        export.MapGet("/contacts.csv", (HttpContext http, LedgerExport ledger, CancellationToken ct) =>
            WriteAsync(http, "valuefirst-contacts.csv", (owner, body) => ledger.WriteContactsAsync(owner, body, ct)));
        export.MapGet("/interactions.csv", (HttpContext http, LedgerExport ledger, CancellationToken ct) =>
            WriteAsync(http, "valuefirst-interactions.csv", (owner, body) => ledger.WriteInteractionsAsync(owner, body, ct)));
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext http, string fileName, Func<string, Stream, Task> write)
    {
        var ownerId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The export endpoints require authorization.");
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
        await write(ownerId, http.Response.Body);
    }
}
