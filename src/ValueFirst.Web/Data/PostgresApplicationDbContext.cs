using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ValueFirst.Web.Data;

/// <summary>
/// The same model as <see cref="ApplicationDbContext"/>, on PostgreSQL. It exists as its own type
/// because EF Core keeps one migration set per context type (the documented "multiple context types"
/// way of supporting several providers): its migrations live in <c>Data/Migrations/Postgres</c>.
/// Services keep asking for <see cref="ApplicationDbContext"/>; with <c>Database:Provider=Postgres</c>
/// the container hands them this subclass.
/// </summary>
public sealed class PostgresApplicationDbContext(DbContextOptions<PostgresApplicationDbContext> options)
    : ApplicationDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // `timestamp with time zone` only accepts UTC values. Every DateTime in the model is UTC by
        // convention (the *Utc names), but one built with Kind=Unspecified (as SQLite hands them back)
        // would be refused: store it as the UTC value it is, as SQLite does.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        value => value);
}
