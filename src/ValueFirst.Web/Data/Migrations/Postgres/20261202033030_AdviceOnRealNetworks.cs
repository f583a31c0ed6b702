using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdviceOnRealNetworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "SessionItem",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NewRelationshipsPerWeek",
                table: "LedgerSettings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RoleChangedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            // Vetting is for invitations and targets: a hold decided on an invitation that has since become a
            // connection (accepted on LinkedIn, then imported) no longer stands. Connected = 3, Hold = 1.
            migrationBuilder.Sql("""
                UPDATE "Contact" SET "VettingDecision" = NULL, "VettingRecommendation" = NULL, "VettingOverrideReason" = NULL
                WHERE "State" = 3 AND "VettingDecision" = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Reason",
                table: "SessionItem");

            migrationBuilder.DropColumn(
                name: "NewRelationshipsPerWeek",
                table: "LedgerSettings");

            migrationBuilder.DropColumn(
                name: "RoleChangedOn",
                table: "Contact");
        }
    }
}
