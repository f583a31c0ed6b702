using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GiveFirstListReadsTurnsByIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerTotals_OwnerId_FirstGive_GiveDueOn",
                table: "LedgerTotals");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTotals_OwnerId_ConnectionState_GiveTurn",
                table: "LedgerTotals",
                columns: new[] { "OwnerId", "ConnectionState", "GiveTurn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerTotals_OwnerId_ConnectionState_GiveTurn",
                table: "LedgerTotals");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTotals_OwnerId_FirstGive_GiveDueOn",
                table: "LedgerTotals",
                columns: new[] { "OwnerId", "FirstGive", "GiveDueOn" });
        }
    }
}
