using System.ComponentModel.DataAnnotations;
using ValueFirst.Core.Content;

namespace ValueFirst.Web.Features.Content;

/// <summary>The editor's form: the front matter a writer edits, one field each, and the Markdown body.</summary>
public sealed class DraftForm : IValidatableObject
{
    [Required(ErrorMessage = "Give the draft a title.")]
    [StringLength(300, ErrorMessage = "Keep the title under 300 characters.")]
    public string Title { get; set; } = "";

    public ContentKind Kind { get; set; } = ContentKind.Article;

    public ContentStatus Status { get; set; } = ContentStatus.Idea;

    public DateOnly? Date { get; set; }

    /// <summary>Comma-separated, as typed.</summary>
    [StringLength(500, ErrorMessage = "Keep the tags under 500 characters.")]
    public string Tags { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Keep the summary under 1,000 characters.")]
    public string? Summary { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the URL under 2,000 characters.")]
    public string? Url { get; set; }

    public string Body { get; set; } = "";

    public static DraftForm Of(DraftFields fields, string body) => new()
    {
        Title = fields.Title,
        Kind = fields.Kind,
        Status = fields.Status,
        Date = fields.Date,
        Tags = string.Join(", ", fields.Tags),
        Summary = fields.Summary,
        Url = fields.Url,
        Body = body,
    };

    public DraftFields ToFields() =>
        new DraftFields(Title, Kind, Status, Date, DraftFields.ParseTags(Tags), Summary, Url).Normalised();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var url = Url?.Trim();
        if (!string.IsNullOrEmpty(url) && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("The URL must be a web address starting with https:// (or http://).", [nameof(Url)]);
        }

        if (Kind == ContentKind.Share && string.IsNullOrEmpty(url))
        {
            yield return new ValidationResult("A share needs the URL of the article you recommend.", [nameof(Url)]);
        }

        if (Status == ContentStatus.Published && Date is null)
        {
            yield return new ValidationResult("A published piece needs the date it was published, so it counts for its month.", [nameof(Date)]);
        }
    }
}
