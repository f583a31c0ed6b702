using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BalanceKeepsOwnerStateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contact_OwnerId_State_ReviewedOn",
                table: "Contact");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_OwnerId_State",
                table: "Contact",
                columns: new[] { "OwnerId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contact_OwnerId_State",
                table: "Contact");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_OwnerId_State_ReviewedOn",
                table: "Contact",
                columns: new[] { "OwnerId", "State", "ReviewedOn" });
        }
    }
}
