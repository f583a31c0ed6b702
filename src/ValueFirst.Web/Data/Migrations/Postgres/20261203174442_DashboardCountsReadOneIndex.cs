using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardCountsReadOneIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LedgerTotals_ConnectedCounts",
                table: "LedgerTotals",
                columns: new[] { "OwnerId", "ConnectionState", "GivesSinceLastReceived", "FirstGiveSinceLastReceivedUtc", "ReviewedOn", "LastGiveUtc", "LastAskUtc", "LastReceivedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerTotals_ConnectedCounts",
                table: "LedgerTotals");
        }
    }
}
