using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Database;

/// <summary>The provider cases on SQLite, the default database.</summary>
public sealed class SqliteDatabaseTests(SqliteTestDatabases databases)
    : DatabaseProviderCases(databases), IClassFixture<SqliteTestDatabases>
{
    [Fact]
    public Task Migrations_create_the_whole_schema_on_an_empty_database() =>
        Migrations_create_the_whole_schema_on_an_empty_database_case();

    [Fact]
    public Task A_contact_inserted_in_bulk_reads_back_as_one_saved_by_EF_Core() =>
        A_contact_inserted_in_bulk_reads_back_as_one_saved_by_EF_Core_case();

    [Fact]
    public Task Restarting_on_a_database_with_data_keeps_users_contacts_and_interactions() =>
        Restarting_on_a_database_with_data_keeps_users_contacts_and_interactions_case();

    [Fact]
    public Task Contacts_and_interactions_round_trip_and_stay_with_their_owner() =>
        Contacts_and_interactions_round_trip_and_stay_with_their_owner_case();

    [Fact]
    public Task A_sign_in_cookie_from_one_server_is_accepted_by_another() =>
        A_sign_in_cookie_from_one_server_is_accepted_by_another_case();

    [Fact]
    public Task A_double_tick_of_one_give_records_one_give() =>
        A_double_tick_of_one_give_records_one_give_case();

    [Fact]
    public Task Two_confirmations_of_one_reminder_link_at_once_log_one_give_and_no_error() =>
        Two_confirmations_of_one_reminder_link_at_once_log_one_give_and_no_error_case();

    [Fact]
    public Task Two_copies_of_a_weeks_reminder_confirmed_at_once_log_one_give_and_no_error() =>
        Two_copies_of_a_weeks_reminder_confirmed_at_once_log_one_give_and_no_error_case();

    [Fact]
    public Task Upgrading_keeps_the_first_use_of_each_reminder_action_done_from_two_copies() =>
        Upgrading_keeps_the_first_use_of_each_reminder_action_done_from_two_copies_case();

    [Fact]
    public Task The_ledgers_copies_follow_every_change_to_a_contact_from_any_writer() =>
        The_ledgers_copies_follow_every_change_to_a_contact_from_any_writer_case();

    [Fact]
    public Task The_hourly_counts_follow_every_write_and_months_sum_them_in_any_zone() =>
        The_hourly_counts_follow_every_write_and_months_sum_them_in_any_zone_case();

    [Fact]
    public Task Simultaneous_first_interactions_on_one_contact_are_all_counted() =>
        Simultaneous_first_interactions_on_one_contact_are_all_counted_case();

    [Fact]
    public Task Upgrading_from_the_first_schema_keeps_the_slots_zone_and_counts_the_ledger_again() =>
        Upgrading_from_the_first_schema_keeps_the_slots_zone_and_counts_the_ledger_again_case();

    [Fact]
    public Task Upgrading_gives_the_root_drafts_to_the_only_account_and_one_administrator_at_most() =>
        Upgrading_gives_the_root_drafts_to_the_only_account_and_one_administrator_at_most_case();

    [Fact]
    public Task Upgrading_clears_vetting_holds_on_connections_and_gives_every_user_a_weekly_pace_of_first_gives() =>
        Upgrading_clears_vetting_holds_on_connections_and_gives_every_user_a_weekly_pace_of_first_gives_case();

    [Fact]
    public Task A_whole_export_imports_twice_merges_and_is_read_back() =>
        A_whole_export_imports_twice_merges_and_is_read_back_case();

    [Fact]
    public Task The_database_decides_every_contacts_state_and_the_give_first_list_as_the_code_does_day_after_day() =>
        The_database_decides_every_contacts_state_and_the_give_first_list_as_the_code_does_day_after_day_case();

    [Fact]
    public Task Upgrading_keeps_each_recorded_weeks_reminder_state_in_the_outbox() =>
        Upgrading_keeps_each_recorded_weeks_reminder_state_in_the_outbox_case();

    [Fact]
    public Task The_relationship_path_reads_the_ledger_and_builds_the_hour_alike_on_every_provider() =>
        The_relationship_path_reads_the_ledger_and_builds_the_hour_alike_on_every_provider_case();
}
