using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LedgerCopiesTheReviewDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewedOn",
                table: "LedgerTotals",
                type: "TEXT",
                nullable: true);

            // The review date joins the contact's copies (the review counts the ones waiting from this table alone): the
            // existing rows take it now, and the trigger copies it from here on.
            migrationBuilder.Sql("""
                UPDATE "LedgerTotals" SET "ReviewedOn" = (SELECT c."ReviewedOn" FROM "Contact" c WHERE c."Id" = "LedgerTotals"."ContactId");
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "Contact_CopyToLedgerTotals";
                CREATE TRIGGER "Contact_CopyToLedgerTotals" AFTER UPDATE OF "Name", "FitScore", "Role", "State", "ReviewedOn" ON "Contact"
                FOR EACH ROW WHEN OLD."Name" IS NOT NEW."Name" OR OLD."FitScore" IS NOT NEW."FitScore"
                    OR OLD."Role" IS NOT NEW."Role" OR OLD."State" IS NOT NEW."State" OR OLD."ReviewedOn" IS NOT NEW."ReviewedOn"
                BEGIN
                    UPDATE "LedgerTotals" SET "Name" = NEW."Name", "FitScore" = NEW."FitScore", "Role" = NEW."Role",
                        "ConnectionState" = NEW."State", "ReviewedOn" = NEW."ReviewedOn"
                    WHERE "ContactId" = NEW."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite's own DROP COLUMN, in order between the trigger's drop and its creation: EF Core would rebuild the
            // table at the end of the migration instead, after the older trigger (which names the table) is back.
            migrationBuilder.Sql("""DROP TRIGGER "Contact_CopyToLedgerTotals";""");
            migrationBuilder.Sql("""ALTER TABLE "LedgerTotals" DROP COLUMN "ReviewedOn";""");

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
    }
}
