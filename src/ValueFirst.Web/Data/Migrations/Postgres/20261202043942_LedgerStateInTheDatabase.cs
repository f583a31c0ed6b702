using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerStateInTheDatabase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rows are derived data and now exist for every contact with its owner and state dates: the start-up
            // backfill counts them all again from the contacts and their interactions.
            migrationBuilder.Sql("""DELETE FROM "LedgerTotals";""");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AskOpensOn",
                table: "LedgerTotals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AsksInWindow",
                table: "LedgerTotals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConnectedOn",
                table: "LedgerTotals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FirstGive",
                table: "LedgerTotals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "GiveDueOn",
                table: "LedgerTotals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GivesInWindow",
                table: "LedgerTotals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "LedgerTotals",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecountOn",
                table: "LedgerTotals",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTotals_OwnerId_FirstGive_GiveDueOn",
                table: "LedgerTotals",
                columns: new[] { "OwnerId", "FirstGive", "GiveDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTotals_OwnerId_RecountOn",
                table: "LedgerTotals",
                columns: new[] { "OwnerId", "RecountOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_LedgerTotals_AspNetUsers_OwnerId",
                table: "LedgerTotals",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "LedgerTotals";""");

            migrationBuilder.DropForeignKey(
                name: "FK_LedgerTotals_AspNetUsers_OwnerId",
                table: "LedgerTotals");

            migrationBuilder.DropIndex(
                name: "IX_LedgerTotals_OwnerId_FirstGive_GiveDueOn",
                table: "LedgerTotals");

            migrationBuilder.DropIndex(
                name: "IX_LedgerTotals_OwnerId_RecountOn",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "AskOpensOn",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "AsksInWindow",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "ConnectedOn",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "FirstGive",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "GiveDueOn",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "GivesInWindow",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "LedgerTotals");

            migrationBuilder.DropColumn(
                name: "RecountOn",
                table: "LedgerTotals");
        }
    }
}
