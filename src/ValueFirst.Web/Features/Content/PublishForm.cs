using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Content;

/// <summary>"Mark as published": when it went out and where it can be read.</summary>
public sealed class PublishForm
{
    [Required(ErrorMessage = "Give the date it was published.")]
    public DateOnly? Date { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the URL under 2,000 characters.")]
    public string? Url { get; set; }
}
