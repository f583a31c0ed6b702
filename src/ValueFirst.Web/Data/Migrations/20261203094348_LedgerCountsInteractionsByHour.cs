using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LedgerCountsInteractionsByHour : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InteractionHour",
                columns: table => new
                {
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    HourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InteractionHour", x => new { x.OwnerId, x.HourUtc, x.Direction });
                    table.ForeignKey(
                        name: "FK_InteractionHour_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionHour_OwnerId_HourUtc_Direction_Count",
                table: "InteractionHour",
                columns: new[] { "OwnerId", "HourUtc", "Direction", "Count" });

            // Every interaction counted into its owner's UTC hour, then kept in step by triggers on every insert, delete
            // (a contact's or a user's cascade included) and change of owner, time or direction, whoever writes. A
            // migration that rebuilds the Interaction table must create the triggers again (the hourly count tests fail
            // without them).
            migrationBuilder.Sql("""
                INSERT INTO "InteractionHour" ("OwnerId", "HourUtc", "Direction", "Count")
                SELECT "OwnerId", strftime('%Y-%m-%d %H:00:00', "OccurredUtc"), "Direction", count(*)
                FROM "Interaction" GROUP BY 1, 2, 3;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Interaction_CountHour_Insert" AFTER INSERT ON "Interaction"
                BEGIN
                    INSERT INTO "InteractionHour" ("OwnerId", "HourUtc", "Direction", "Count")
                    VALUES (NEW."OwnerId", strftime('%Y-%m-%d %H:00:00', NEW."OccurredUtc"), NEW."Direction", 1)
                    ON CONFLICT ("OwnerId", "HourUtc", "Direction") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Interaction_CountHour_Delete" AFTER DELETE ON "Interaction"
                BEGIN
                    UPDATE "InteractionHour" SET "Count" = "Count" - 1
                    WHERE "OwnerId" = OLD."OwnerId" AND "HourUtc" = strftime('%Y-%m-%d %H:00:00', OLD."OccurredUtc")
                        AND "Direction" = OLD."Direction";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Interaction_CountHour_Update" AFTER UPDATE OF "OwnerId", "OccurredUtc", "Direction" ON "Interaction"
                BEGIN
                    UPDATE "InteractionHour" SET "Count" = "Count" - 1
                    WHERE "OwnerId" = OLD."OwnerId" AND "HourUtc" = strftime('%Y-%m-%d %H:00:00', OLD."OccurredUtc")
                        AND "Direction" = OLD."Direction";
                    INSERT INTO "InteractionHour" ("OwnerId", "HourUtc", "Direction", "Count")
                    VALUES (NEW."OwnerId", strftime('%Y-%m-%d %H:00:00', NEW."OccurredUtc"), NEW."Direction", 1)
                    ON CONFLICT ("OwnerId", "HourUtc", "Direction") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Interaction_CountHour_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "Interaction_CountHour_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "Interaction_CountHour_Update";""");

            migrationBuilder.DropTable(
                name: "InteractionHour");
        }
    }
}
