using System.Security.Claims;
using System.Text;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>vCard downloads of the signed-in user's contacts: the whole book, or one contact (404 for anyone else's).</summary>
public static class ContactEndpoints
{
    public static IEndpointRouteBuilder MapContactEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/contacts").RequireAuthorization();
        group.MapGet("/export.vcf", async (HttpContext http, ContactCards cards, CancellationToken ct) =>
        {
            Headers(http, "valuefirst-contacts.vcf");
            await cards.WriteAllAsync(OwnerOf(http), http.Response.Body, ct);
        });
        group.MapGet("/{id:int}/contact.vcf", async (int id, HttpContext http, ContactCards cards, CancellationToken ct) =>
        {
            if (await cards.GetAsync(OwnerOf(http), id, ct) is not { } card)
            {
                return Results.NotFound();
            }

            Headers(http, FileName(card.Name));
            return Results.Text(card.Card, "text/vcard; charset=utf-8", Encoding.UTF8);
        });
        return endpoints;
    }

    private static string OwnerOf(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The vCard endpoints require authorization.");

    private static void Headers(HttpContext http, string fileName)
    {
        http.Response.ContentType = "text/vcard; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
    }

    // ASCII letters and digits only: a name is not trusted inside a header.
    private static string FileName(string name)
    {
        var slug = new string(name.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Take(40).ToArray());
        return (slug.Length == 0 ? "contact" : slug) + ".vcf";
    }
}
