using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CountsByStateReadANarrowIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LedgerTotals_OwnerId_StateOrder",
                table: "LedgerTotals",
                columns: new[] { "OwnerId", "StateOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerTotals_OwnerId_StateOrder",
                table: "LedgerTotals");
        }
    }
}
