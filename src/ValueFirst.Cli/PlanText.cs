using System.Globalization;
using ValueFirst.Core.Content;

namespace ValueFirst.Cli;

/// <summary>The human-readable plan: quarters, then each month with its items, gaps and problems.</summary>
internal static class PlanText
{
    public static void Write(CadencePlan plan, PlanOptions options, IReadOnlyList<ContentProblem> problems, TextWriter output)
    {
        output.WriteLine($"Plan from {plan.Months[0].Month} to {plan.Months[^1].Month} (today {Day(plan.Today)}, suggestions on {options.PreferredWeekday})");
        foreach (var quarter in plan.Quarters)
        {
            output.WriteLine();
            output.WriteLine($"{quarter.Quarter}  {ContentNames.Of(quarter.State)}");
            foreach (var month in plan.Months.Where(m => m.Month.Quarter == quarter.Quarter))
            {
                output.WriteLine($"  {month.Month}  {ContentNames.Of(month.State)}");
                foreach (var item in month.Items)
                {
                    var suggested = item.Suggested ? "  (suggested)" : "";
                    output.WriteLine($"    {Day(item.Date)}  {ContentNames.Of(item.Item.Kind),-7}  {ContentNames.Of(item.Item.Status),-9}  {item.Item.Title}  [{item.Item.Path}]{suggested}");
                }

                if (month.NeedsDraft)
                {
                    output.WriteLine("    no draft left: write one or share a recommended article");
                }
            }
        }

        if (plan.Unplaced.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Undated drafts with no gap left in the horizon:");
            foreach (var item in plan.Unplaced)
            {
                output.WriteLine($"  {item.Title}  [{item.Path}]");
            }
        }

        if (problems.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Problems:");
            foreach (var problem in problems)
            {
                output.WriteLine($"  {problem}");
            }
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
