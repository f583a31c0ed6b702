namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>
/// The trait of the test classes that CI runs a second time on PostgreSQL (<c>VALUEFIRST_TEST_PROVIDER=Postgres</c>,
/// see <c>.ci/run</c>): between them they request every page and drive every interactive section, and the reminder
/// and registration mail paths. Mark a class <c>[Trait(BothProviders.Trait, BothProviders.Value)]</c>.
/// </summary>
public static class BothProviders
{
    public const string Trait = "Providers";

    public const string Value = "Both";
}
