using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
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
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
            // (a contact's or a user's cascade included) and update, whoever writes.
            migrationBuilder.Sql("""
                INSERT INTO "InteractionHour" ("OwnerId", "HourUtc", "Direction", "Count")
                SELECT "OwnerId", date_trunc('hour', "OccurredUtc", 'UTC'), "Direction", count(*)
                FROM "Interaction" GROUP BY 1, 2, 3;
                """);
            // Statement-level, with the statement's rows as a table: a COPY of half a million interactions then costs
            // one grouped upsert, where a row trigger ran one per row (PostgreSQL allows no column list with these, so
            // every UPDATE of the table subtracts and adds back its rows' hours).
            migrationBuilder.Sql("""
                CREATE FUNCTION "Interaction_CountHour_Added"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "InteractionHour" ("OwnerId", "HourUtc", "Direction", "Count")
                    SELECT "OwnerId", date_trunc('hour', "OccurredUtc", 'UTC'), "Direction", count(*) FROM added GROUP BY 1, 2, 3
                    ON CONFLICT ("OwnerId", "HourUtc", "Direction") DO UPDATE SET "Count" = "InteractionHour"."Count" + excluded."Count";
                    RETURN NULL;
                END
                $$;
                CREATE FUNCTION "Interaction_CountHour_Removed"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "InteractionHour" AS h SET "Count" = h."Count" - r.n
                    FROM (SELECT "OwnerId", date_trunc('hour', "OccurredUtc", 'UTC') AS hour, "Direction", count(*) AS n
                          FROM removed GROUP BY 1, 2, 3) AS r
                    WHERE h."OwnerId" = r."OwnerId" AND h."HourUtc" = r.hour AND h."Direction" = r."Direction";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "Interaction_CountHour_Insert" AFTER INSERT ON "Interaction"
                REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "Interaction_CountHour_Added"();
                CREATE TRIGGER "Interaction_CountHour_Delete" AFTER DELETE ON "Interaction"
                REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "Interaction_CountHour_Removed"();
                -- An update removes its rows' old hours and adds their new ones (two triggers, fired in name order).
                CREATE TRIGGER "Interaction_CountHour_Update1" AFTER UPDATE ON "Interaction"
                REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "Interaction_CountHour_Removed"();
                CREATE TRIGGER "Interaction_CountHour_Update2" AFTER UPDATE ON "Interaction"
                REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "Interaction_CountHour_Added"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Interaction_CountHour_Insert" ON "Interaction";
                DROP TRIGGER "Interaction_CountHour_Delete" ON "Interaction";
                DROP TRIGGER "Interaction_CountHour_Update1" ON "Interaction";
                DROP TRIGGER "Interaction_CountHour_Update2" ON "Interaction";
                DROP FUNCTION "Interaction_CountHour_Added"();
                DROP FUNCTION "Interaction_CountHour_Removed"();
                """);

            migrationBuilder.DropTable(
                name: "InteractionHour");
        }
    }
}
