using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScheduleOwnsTimeZoneAndLedgerTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The totals are derived data: the start-up backfill counts them again into LedgerTotals (and fills
            // Contact.LastInteractionUtc) for every contact that has interactions.
            migrationBuilder.DropTable(
                name: "ContactLedgerSummary");

            // The user's zone is stored once, in UserSettings: keep the slot's zone for a user who has no settings row.
            migrationBuilder.Sql("""
                INSERT INTO "UserSettings" ("UserId", "TimeZoneId")
                SELECT s."UserId", s."TimeZoneId" FROM "WeeklySlot" s
                WHERE NOT EXISTS (SELECT 1 FROM "UserSettings" u WHERE u."UserId" = s."UserId");
                """);

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "WeeklySlot");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastInteractionUtc",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LedgerTotals",
                columns: table => new
                {
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Gives = table.Column<int>(type: "INTEGER", nullable: false),
                    Asks = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    LastGiveUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAskUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GivesSinceLastAsk = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerTotals", x => x.ContactId);
                    table.ForeignKey(
                        name: "FK_LedgerTotals_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "LastInteractionUtc",
                table: "Contact");

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "WeeklySlot",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE "WeeklySlot" SET "TimeZoneId" = COALESCE(
                    (SELECT u."TimeZoneId" FROM "UserSettings" u WHERE u."UserId" = "WeeklySlot"."UserId"), 'UTC');
                """);

            migrationBuilder.CreateTable(
                name: "ContactLedgerSummary",
                columns: table => new
                {
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Asks = table.Column<int>(type: "INTEGER", nullable: false),
                    Gives = table.Column<int>(type: "INTEGER", nullable: false),
                    GivesSinceLastAsk = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAskUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastGiveUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Received = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLedgerSummary", x => x.ContactId);
                    table.ForeignKey(
                        name: "FK_ContactLedgerSummary_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }
    }
}
