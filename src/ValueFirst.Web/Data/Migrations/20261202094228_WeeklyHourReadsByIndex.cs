using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WeeklyHourReadsByIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contact_OwnerId_State",
                table: "Contact");

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstGiveSinceLastReceivedUtc",
                table: "LedgerTotals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GivesSinceLastReceived",
                table: "LedgerTotals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastReceivedUtc",
                table: "LedgerTotals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contact_OwnerId_ConnectedOn",
                table: "Contact",
                columns: new[] { "OwnerId", "ConnectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_OwnerId_FollowUpOn",
                table: "Contact",
                columns: new[] { "OwnerId", "FollowUpOn" },
                filter: "\"FollowUpOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_OwnerId_Name_WantsToMeet",
                table: "Contact",
                columns: new[] { "OwnerId", "Name" },
                filter: "\"WantsToMeet\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_OwnerId_State_ReviewedOn",
                table: "Contact",
                columns: new[] { "OwnerId", "State", "ReviewedOn" });

            // The review's figures are counted from the interactions: emptied, every row is counted again by the start-up backfill.
            migrationBuilder.Sql("""DELETE FROM "LedgerTotals";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contact_OwnerId_ConnectedOn",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_OwnerId_FollowUpOn",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_OwnerId_Name_WantsToMeet",
                table: "Contact");

            migrationBuilder.DropIndex(
                name: "IX_Contact_OwnerId_State_ReviewedOn",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "FirstGiveSinceLastReceivedUtc",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "GivesSinceLastReceived",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "LastReceivedUtc",
                table: "LedgerTotals");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_OwnerId_State",
                table: "Contact",
                columns: new[] { "OwnerId", "State" });
        }
    }
}
