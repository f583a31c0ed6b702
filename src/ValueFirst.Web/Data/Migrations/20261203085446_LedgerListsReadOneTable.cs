using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LedgerListsReadOneTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConnectionState",
                table: "LedgerTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FitScore",
                table: "LedgerTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "GiveIsDue",
                table: "LedgerTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "GiveTurn",
                table: "LedgerTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "LedgerTotals",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Role",
                table: "LedgerTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StateOrder",
                table: "LedgerTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Every row is counted again at start-up (LedgerTotalsBackfill), now with its state, give-first turn and the
            // contact's copies.
            migrationBuilder.Sql("""DELETE FROM "LedgerTotals";""");
            // The balance page's default order: its first page is the start of this index, not a sort of every contact.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_LedgerTotals_BalanceOrder"
                ON "LedgerTotals" ("OwnerId", "StateOrder", "FitScore" DESC, lower("Name"), "ContactId");
                """);
            // The contact's copies follow every change to it, from any writer (an edit, the profile's rescoring, an
            // import, a raw UPDATE). A migration that rebuilds the Contact table must create this trigger again; the
            // copy tests fail if it is lost.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Contact_CopyToLedgerTotals" AFTER UPDATE OF "Name", "FitScore", "Role", "State" ON "Contact"
                FOR EACH ROW WHEN OLD."Name" IS NOT NEW."Name" OR OLD."FitScore" IS NOT NEW."FitScore"
                    OR OLD."Role" IS NOT NEW."Role" OR OLD."State" IS NOT NEW."State"
                BEGIN
                    UPDATE "LedgerTotals" SET "Name" = NEW."Name", "FitScore" = NEW."FitScore", "Role" = NEW."Role",
                        "ConnectionState" = NEW."State"
                    WHERE "ContactId" = NEW."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Contact_CopyToLedgerTotals";""");
            migrationBuilder.Sql("""DROP INDEX "IX_LedgerTotals_BalanceOrder";""");

            migrationBuilder.DropColumn(
                name: "ConnectionState",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "FitScore",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "GiveIsDue",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "GiveTurn",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "StateOrder",
                table: "LedgerTotals");
        }
    }
}
