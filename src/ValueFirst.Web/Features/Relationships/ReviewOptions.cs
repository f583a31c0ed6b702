using System.ComponentModel.DataAnnotations;
using ValueFirst.Core.Relationships;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>When a relationship is one-way enough to review (<c>Review</c> section); see <see cref="ReviewRules"/>.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    [Range(1, 100, ErrorMessage = "Review:MinGives must be between 1 and 100.")]
    public int MinGives { get; set; } = ReviewRules.Default.MinGives;

    [Range(1, 60, ErrorMessage = "Review:MinMonths must be between 1 and 60.")]
    public int MinMonths { get; set; } = ReviewRules.Default.MinMonths;

    [Range(1, 730, ErrorMessage = "Review:RevisitDays must be between 1 and 730.")]
    public int RevisitDays { get; set; } = ReviewRules.Default.RevisitDays;

    public ReviewRules ToRules() => new(MinGives, MinMonths, RevisitDays);
}
