using System.Globalization;
using System.Text;
using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Testing.Data;

/// <summary>
/// Realistic, reproducible data for the benchmarks (fixed seed): contacts from several locales (accents,
/// apostrophes, hyphens), companies, positions, LinkedIn-style profile URLs and tags; two years of
/// interactions, mostly gives, some asks, a few received, skewed so a few contacts get most of them; Markdown
/// drafts with front matter; and a LinkedIn Connections.csv. Pure (no I/O) so a smoke test can check it.
/// </summary>
public sealed class BenchmarkDataGenerator(int seed = BenchmarkDataGenerator.DefaultSeed)
{
    public const int DefaultSeed = 20_261_128;

    private static readonly string[] Locales = ["en", "fr", "de", "es", "pl", "sv", "pt_BR", "it", "nl", "tr"];

    private static readonly string[] TagWords =
    [
        "saas", "fintech", "founder", "marketing", "sales", "hiring", "ai", "design", "ux", "devops", "healthcare",
        "education", "climate", "podcast", "speaker", "investor", "agency", "b2b", "ecommerce", "security",
        "open-source", "community", "coaching", "real-estate", "logistics", "nonprofit", "légal", "médecine",
    ];

    private static readonly string[] Headlines =
    [
        "Helping {0} teams ship faster", "I help {0} founders sell without selling", "{0} | Speaker | Mentor",
        "Building the future of {0}", "Growth for {0} companies", "Ex-{1} · now building in {0}",
    ];

    private static readonly string[] NotesText =
    [
        "Sent them the pricing article; they liked the table.", "Met at the Lisbon meetup — ask about the café idea.",
        "Introduced to Zoë at Müller & Söhne.", "Recommended “Crossing the Chasm”.", "Shared their post on hiring.",
    ];

    private readonly int seed = seed;

    /// <summary>Contacts for one owner (ids left 0: the seeder numbers them).</summary>
    public IEnumerable<Contact> Contacts(string ownerId, int count, DateTime nowUtc, int stream = 0)
    {
        var fakers = Locales.Select((l, i) => new Faker(l) { Random = new Randomizer(seed + (stream * 100) + i) }).ToArray();
        var pick = new Randomizer(seed + (stream * 100) + 99);
        for (var n = 0; n < count; n++)
        {
            // Half the book from English-speaking profiles, the other half spread over accented locales.
            var f = pick.Bool(0.5f) ? fakers[0] : fakers[pick.Int(1, fakers.Length - 1)];
            var first = f.Name.FirstName();
            var last = f.Name.LastName();
            var name = $"{first} {last}";
            var company = f.Company.CompanyName();
            var slug = Slug(first + "-" + last);
            var connected = DateOnly.FromDateTime(nowUtc.AddDays(-pick.Int(1, 6 * 365)));
            var state = pick.WeightedRandom(
                [ConnectionState.Connected, ConnectionState.Target, ConnectionState.Invited, ConnectionState.Pending, ConnectionState.Declined, ConnectionState.Suspended],
                [0.80f, 0.06f, 0.05f, 0.04f, 0.03f, 0.02f]);
            var created = nowUtc.AddDays(-pick.Int(1, 3 * 365));
            yield return new Contact
            {
                OwnerId = ownerId,
                Name = name,
                Headline = pick.Bool(0.7f) ? string.Format(CultureInfo.InvariantCulture, pick.ArrayElement(Headlines), pick.ArrayElement(TagWords), f.Company.CompanyName()) : null,
                Position = f.Name.JobTitle(),
                Company = company,
                // Unique per owner: the import matches on it.
                ProfileUrl = pick.Bool(0.95f) ? $"https://www.linkedin.com/in/{slug}-{stream:x}{n:x5}" : null,
                Email = pick.Bool(0.4f) ? f.Internet.Email(first, last) : null,
                Location = $"{f.Address.City()}, {f.Address.Country()}",
                Tags = string.Join(';', pick.ArrayElements(TagWords, pick.Int(0, 4)).Distinct()),
                Notes = pick.Bool(0.1f) ? pick.ArrayElement(NotesText) : null,
                ConnectedOn = state == ConnectionState.Connected ? connected : null,
                State = state,
                Strength = pick.Int(1, 5),
                Origin = pick.Enum<RelationshipOrigin>(),
                Role = pick.WeightedRandom(
                    [PipelineRole.Peer, PipelineRole.Prospect, PipelineRole.ReferralSource, PipelineRole.Resource],
                    [0.45f, 0.30f, 0.15f, 0.10f]),
                FitScore = pick.Int(0, 100),
                ConnectionCount = pick.Bool(0.6f) ? pick.Int(20, 30_000) : null,
                FollowUpOn = pick.Bool(0.05f) ? DateOnly.FromDateTime(nowUtc.AddDays(pick.Int(-30, 60))) : null,
                CreatedUtc = created,
                UpdatedUtc = created.AddDays(pick.Int(0, 30)),
            };
        }
    }

    /// <summary>
    /// Interactions spread over the two years before <paramref name="nowUtc"/>: about 80 % gives, 15 % asks, 5 %
    /// received. Contacts are picked with a skew (the first ids get far more), as in a real book.
    /// </summary>
    public IEnumerable<Interaction> Interactions(string ownerId, IReadOnlyList<int> contactIds, int count, DateTime nowUtc, int stream = 0)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        if (contactIds.Count == 0)
        {
            yield break;
        }

        var r = new Randomizer(seed + (stream * 100) + 50);
        var gives = InteractionTypes.Of(InteractionDirection.Give).ToArray();
        var asks = InteractionTypes.Of(InteractionDirection.Ask).ToArray();
        var received = InteractionTypes.Of(InteractionDirection.Received).ToArray();
        var twoYears = TimeSpan.FromDays(730).Ticks;
        for (var n = 0; n < count; n++)
        {
            var roll = r.Double();
            var direction = roll < 0.80 ? InteractionDirection.Give : roll < 0.95 ? InteractionDirection.Ask : InteractionDirection.Received;
            var type = r.ArrayElement(direction switch
            {
                InteractionDirection.Give => gives,
                InteractionDirection.Ask => asks,
                _ => received,
            });
            var skewed = Math.Pow(r.Double(), 2);
            yield return new Interaction
            {
                OwnerId = ownerId,
                ContactId = contactIds[(int)(skewed * contactIds.Count)],
                OccurredUtc = new DateTime(nowUtc.Ticks - (long)(r.Double() * twoYears), DateTimeKind.Utc),
                Direction = direction,
                Type = type,
                Channel = r.WeightedRandom(
                    [InteractionChannel.LinkedIn, InteractionChannel.Email, InteractionChannel.InPerson, InteractionChannel.Phone, InteractionChannel.Other],
                    [0.6f, 0.2f, 0.1f, 0.05f, 0.05f]),
                ContentPath = type == InteractionType.SentMyArticle ? $"{2025 + r.Int(0, 1)}/article-{r.Int(1, 500)}.md" : null,
                Note = r.Bool(0.15f) ? r.ArrayElement(NotesText) : null,
            };
        }
    }

    /// <summary>Markdown drafts (path relative to the content folder, text) with Hugo-style front matter.</summary>
    public IEnumerable<(string Path, string Text)> Drafts(int count, DateOnly today)
    {
        var f = new Faker("en") { Random = new Randomizer(seed + 7) };
        var accented = new Faker("fr") { Random = new Randomizer(seed + 8) };
        for (var n = 0; n < count; n++)
        {
            var title = n % 5 == 0 ? $"Ce que {accented.Name.FirstName()} m’a appris sur la « prospection »" : f.Hacker.IngVerb() + " " + f.Company.Bs();
            var status = f.Random.WeightedRandom(["idea", "draft", "ready", "published"], [0.25f, 0.35f, 0.15f, 0.25f]);
            DateOnly? date = status == "published"
                ? today.AddDays(-f.Random.Int(1, 720))
                : f.Random.Bool(0.3f) ? today.AddDays(f.Random.Int(0, 300)) : null;
            var share = f.Random.Bool(0.3f);
            var text = new StringBuilder();
            text.Append("---\n");
            text.Append("title: \"").Append(title.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n");
            text.Append("kind: ").Append(share ? "share" : "article").Append('\n');
            text.Append("status: ").Append(status).Append('\n');
            if (date is { } d)
            {
                text.Append("date: ").Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            }

            text.Append("tags: [").Append(string.Join(", ", f.Random.ArrayElements(TagWords, f.Random.Int(1, 4)).Distinct())).Append("]\n");
            text.Append("summary: \"").Append(f.Lorem.Sentence(12)).Append("\"\n");
            if (share)
            {
                text.Append("url: ").Append(f.Internet.UrlWithPath("https")).Append('\n');
            }

            text.Append("---\n\n");
            text.Append("# ").Append(title).Append("\n\n");
            for (var section = 0; section < f.Random.Int(3, 6); section++)
            {
                text.Append("## ").Append(f.Company.CatchPhrase()).Append("\n\n");
                text.Append(f.Lorem.Paragraphs(f.Random.Int(2, 4), "\n\n")).Append("\n\n");
                if (f.Random.Bool(0.5f))
                {
                    foreach (var bullet in f.Lorem.Words(f.Random.Int(3, 5)))
                    {
                        text.Append("- **").Append(bullet).Append("**: ").Append(f.Lorem.Sentence()).Append('\n');
                    }

                    text.Append('\n');
                }

                if (f.Random.Bool(0.3f))
                {
                    text.Append("See [the source](").Append(f.Internet.Url()).Append(") and `").Append(f.Hacker.Abbreviation()).Append("`.\n\n");
                }
            }

            var year = (date ?? today).Year;
            yield return ($"{year}/{n:0000}-{Slug(title)}.md", text.ToString());
        }
    }

    /// <summary>A Connections.csv as LinkedIn writes it: Notes preamble, CRLF, quoted fields, some missing emails.</summary>
    public string ConnectionsCsv(int rows, DateTime nowUtc)
    {
        var fakers = Locales.Select((l, i) => new Faker(l) { Random = new Randomizer(seed + 500 + i) }).ToArray();
        var pick = new Randomizer(seed + 599);
        var text = new StringBuilder(rows * 160);
        text.Append("Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email.\"\r\n\r\n");
        text.Append("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (var n = 0; n < rows; n++)
        {
            var f = pick.Bool(0.5f) ? fakers[0] : fakers[pick.Int(1, fakers.Length - 1)];
            var first = f.Name.FirstName();
            var last = f.Name.LastName();
            var company = n % 7 == 3 ? f.Company.CompanyName() + ", Inc." : f.Company.CompanyName();
            var connected = nowUtc.AddDays(-pick.Int(1, 10 * 365)).ToString("dd MMM yyyy", CultureInfo.InvariantCulture);
            string[] fields =
            [
                first, last, $"https://www.linkedin.com/in/{Slug(first + "-" + last)}-{n:x5}",
                pick.Bool(0.35f) ? f.Internet.Email(first, last) : "", company, f.Name.JobTitle(), connected,
            ];
            text.AppendJoin(',', fields.Select(Csv)).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A whole LinkedIn export: connections, invitations from and to other people, messages with the connections (a
    /// few people get most of them, a quarter of the bodies span lines) and the owner's posts.
    /// </summary>
    public LinkedInExportBuilder LinkedInExport(ExportScale scale, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var connections = new ConnectionsExportBuilder(seed).WithPeople(scale.Connections);
        var people = connections.People.Select(p => ($"{p["First Name"]} {p["Last Name"]}", p["URL"])).ToList();
        return new LinkedInExportBuilder
        {
            Connections = connections,
            Invitations = new InvitationsExportBuilder(seed + 1).WithInvitations(scale.Invitations, nowUtc),
            Messages = new MessagesExportBuilder(seed + 2).WithMessages(scale.Messages, people, nowUtc),
            Shares = new SharesExportBuilder(seed + 3).WithPosts(scale.Shares, nowUtc),
        };
    }

    /// <summary>ASCII, lower-case, hyphenated: how LinkedIn turns "Zoë Ødegård" into a profile slug.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((c == '-' || char.IsWhiteSpace(c)) && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length > 60 ? result[..60].TrimEnd('-') : result;
    }

    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
