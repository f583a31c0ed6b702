using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
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
                type: "date",
                nullable: true);

            // The review date joins the contact's copies (the review counts the ones waiting from this table alone): the
            // existing rows take it now, and the trigger copies it from here on.
            migrationBuilder.Sql("""
                UPDATE "LedgerTotals" SET "ReviewedOn" = (SELECT c."ReviewedOn" FROM "Contact" c WHERE c."Id" = "LedgerTotals"."ContactId");
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION "Contact_CopyToLedgerTotals"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "LedgerTotals" SET "Name" = NEW."Name", "FitScore" = NEW."FitScore", "Role" = NEW."Role",
                        "ConnectionState" = NEW."State", "ReviewedOn" = NEW."ReviewedOn"
                    WHERE "ContactId" = NEW."Id";
                    RETURN NULL;
                END
                $$;
                DROP TRIGGER "Contact_CopyToLedgerTotals" ON "Contact";
                CREATE TRIGGER "Contact_CopyToLedgerTotals" AFTER UPDATE OF "Name", "FitScore", "Role", "State", "ReviewedOn" ON "Contact"
                FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name" OR OLD."FitScore" IS DISTINCT FROM NEW."FitScore"
                    OR OLD."Role" IS DISTINCT FROM NEW."Role" OR OLD."State" IS DISTINCT FROM NEW."State" OR OLD."ReviewedOn" IS DISTINCT FROM NEW."ReviewedOn")
                EXECUTE FUNCTION "Contact_CopyToLedgerTotals"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION "Contact_CopyToLedgerTotals"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "LedgerTotals" SET "Name" = NEW."Name", "FitScore" = NEW."FitScore", "Role" = NEW."Role",
                        "ConnectionState" = NEW."State"
                    WHERE "ContactId" = NEW."Id";
                    RETURN NULL;
                END
                $$;
                DROP TRIGGER "Contact_CopyToLedgerTotals" ON "Contact";
                CREATE TRIGGER "Contact_CopyToLedgerTotals" AFTER UPDATE OF "Name", "FitScore", "Role", "State" ON "Contact"
                FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name" OR OLD."FitScore" IS DISTINCT FROM NEW."FitScore"
                    OR OLD."Role" IS DISTINCT FROM NEW."Role" OR OLD."State" IS DISTINCT FROM NEW."State")
                EXECUTE FUNCTION "Contact_CopyToLedgerTotals"();
                """);

            migrationBuilder.DropColumn(
                name: "ReviewedOn",
                table: "LedgerTotals");
        }
    }
}
