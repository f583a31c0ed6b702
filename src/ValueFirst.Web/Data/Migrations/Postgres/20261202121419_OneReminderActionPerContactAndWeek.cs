using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneReminderActionPerContactAndWeek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Until now each copy of a re-sent reminder could be used once more: keep the first use of each action on a
            // contact and week (the give it logged stays in the ledger), so the unique index can be created.
            migrationBuilder.Sql("""
                DELETE FROM "EmailActionUse"
                WHERE EXISTS (
                    SELECT 1 FROM "EmailActionUse" AS "earlier"
                    WHERE "earlier"."UserId" = "EmailActionUse"."UserId" AND "earlier"."ContactId" = "EmailActionUse"."ContactId"
                        AND "earlier"."Action" = "EmailActionUse"."Action" AND "earlier"."IsoYear" = "EmailActionUse"."IsoYear"
                        AND "earlier"."IsoWeek" = "EmailActionUse"."IsoWeek"
                        AND ("earlier"."UsedUtc" < "EmailActionUse"."UsedUtc"
                            OR ("earlier"."UsedUtc" = "EmailActionUse"."UsedUtc" AND "earlier"."Id" < "EmailActionUse"."Id")))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_EmailActionUse_UserId_ContactId_Action_IsoYear_IsoWeek",
                table: "EmailActionUse",
                columns: new[] { "UserId", "ContactId", "Action", "IsoYear", "IsoWeek" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EmailActionUse_UserId_ContactId_Action_IsoYear_IsoWeek",
                table: "EmailActionUse");
        }
    }
}
