using System.CommandLine;
using System.Globalization;
using ValueFirst.Core.Content;

namespace ValueFirst.Cli;

/// <summary>
/// Entry point of the <c>valuefirst</c> tool. <see cref="Run"/> takes the output writers so tests can
/// run a command in-process and read what it printed.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, TimeProvider.System);

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        var content = new Option<string>("--content")
        {
            Description = "Folder of Markdown drafts (sub-folders included).",
            DefaultValueFactory = _ => "content",
        };

        var lint = new Command("lint", "Print each problem as path:line: message; exit 1 if any is an error.") { content };
        lint.SetAction(parse => Lint(parse.GetValue(content)!, output));

        var from = new Option<string?>("--from") { Description = "Stands in for today (YYYY-MM-DD); the plan starts at its quarter." };
        var months = new Option<int>("--months") { Description = "Months in the plan.", DefaultValueFactory = _ => 12 };
        var weekday = new Option<DayOfWeek>("--weekday") { Description = "Preferred publishing weekday for suggestions.", DefaultValueFactory = _ => DayOfWeek.Tuesday };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var plan = new Command("plan", "Print the cadence plan: month and quarter states, items and suggestions.") { content, from, months, weekday, json };
        plan.SetAction(parse =>
        {
            var fromText = parse.GetValue(from);
            DateOnly today;
            if (fromText is null)
            {
                today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            }
            else if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            {
                error.WriteLine($"--from must be a date written YYYY-MM-DD, not '{fromText}'.");
                return 2;
            }

            var monthCount = parse.GetValue(months);
            if (monthCount is < 1 or > 120)
            {
                error.WriteLine("--months must be between 1 and 120.");
                return 2;
            }

            return Plan(parse.GetValue(content)!, new PlanOptions(today, monthCount, parse.GetValue(weekday)), parse.GetValue(json), output);
        });

        var database = new Option<string?>("--database")
        {
            Description = $"The app's SQLite file (default: {DefaultDatabase.RelativePath} in the repository).",
        };
        string DatabaseFile(ParseResult parse) => parse.GetValue(database) ?? DefaultDatabase.Resolve(Environment.CurrentDirectory);

        var to = new Option<string>("--to") { Description = "File to write the copy to (replaced if it exists).", Required = true };
        var backup = new Command("backup", "Copy the SQLite database while the app runs (SQLite's backup API: a consistent snapshot).") { to, database };
        backup.SetAction(parse => DatabaseBackup.Backup(DatabaseFile(parse), parse.GetValue(to)!, output, error));

        var fromFile = new Option<string>("--from") { Description = "Backup file made by `valuefirst backup`.", Required = true };
        var restore = new Command("restore", "Replace the SQLite database with a backup; refuses while the database is open (stop the app first).") { fromFile, database };
        restore.SetAction(parse => DatabaseBackup.Restore(parse.GetValue(fromFile)!, DatabaseFile(parse), output, error));

        var root = new RootCommand("ValueFirst tools: lint drafts, plan a monthly/quarterly cadence, back up and restore the SQLite database.")
        {
            lint, plan, backup, restore,
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Lint(string folder, TextWriter output)
    {
        var snapshot = ContentFolder.Load(folder);
        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        return snapshot.HasErrors ? 1 : 0;
    }

    private static int Plan(string folder, PlanOptions options, bool asJson, TextWriter output)
    {
        var snapshot = ContentFolder.Load(folder);
        var plan = CadencePlanner.Plan(snapshot.Items, options);
        if (asJson)
        {
            output.WriteLine(PlanJson.Serialize(plan, snapshot.Problems));
            return 0;
        }

        PlanText.Write(plan, options, snapshot.Problems, output);
        return 0;
    }
}
