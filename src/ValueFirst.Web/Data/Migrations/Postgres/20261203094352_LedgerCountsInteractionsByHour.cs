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

            // Every interaction counted into its owner's UTC hour, then kept in step by a trigger on every insert, delete
            // (a contact's or a user's cascade included) and change of owner, time or direction, whoever writes.
            migrationBuilder.Sql("""
                INSERT INTO "InteractionHour" ("OwnerId", "HourUtc", "Direction", "Count")
                SELECT "OwnerId", date_trunc('hour', "OccurredUtc", 'UTC'), "Direction", count(*)
                FROM "Interaction" GROUP BY 1, 2, 3;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "Interaction_CountHour"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        UPDATE "InteractionHour" SET "Count" = "Count" - 1
                        WHERE "OwnerId" = OLD."OwnerId" AND "HourUtc" = date_trunc('hour', OLD."OccurredUtc", 'UTC')
                            AND "Direction" = OLD."Direction";
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "InteractionHour" ("OwnerId", "HourUtc", "Direction", "Count")
                        VALUES (NEW."OwnerId", date_trunc('hour', NEW."OccurredUtc", 'UTC'), NEW."Direction", 1)
                        ON CONFLICT ("OwnerId", "HourUtc", "Direction") DO UPDATE SET "Count" = "InteractionHour"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "Interaction_CountHour" AFTER INSERT OR DELETE OR UPDATE OF "OwnerId", "OccurredUtc", "Direction"
                ON "Interaction" FOR EACH ROW EXECUTE FUNCTION "Interaction_CountHour"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Interaction_CountHour" ON "Interaction";""");
            migrationBuilder.Sql("""DROP FUNCTION "Interaction_CountHour"();""");

            migrationBuilder.DropTable(
                name: "InteractionHour");
        }
    }
}
