using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxForEveryEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutboxMessage",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Recipient = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mime = table.Column<byte[]>(type: "bytea", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MayHaveArrived = table.Column<bool>(type: "boolean", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastFailure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessage_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_MessageId",
                table: "OutboxMessage",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_State_NextAttemptUtc",
                table: "OutboxMessage",
                columns: new[] { "State", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessage_UserId",
                table: "OutboxMessage",
                column: "UserId");

            // Every week already recorded keeps its row: a sent or failed reminder becomes an outbox message in the same
            // state (without content: it is never sent again by itself; "Re-send" rebuilds it). A week still pending is
            // dropped, so the next scheduled run or "Send now" records it again, now through the outbox.
            migrationBuilder.Sql(
                """
                INSERT INTO "OutboxMessage" ("Purpose", "UserId", "Recipient", "Subject", "MessageId", "Mime", "State", "Attempts",
                    "MayHaveArrived", "LastError", "CreatedUtc", "SentUtc")
                SELECT 'Reminder', r."UserId", u."Email", 'Weekly reminder', r."MessageId", decode('', 'hex'), r."State", r."Attempts",
                    FALSE, r."LastError", r."CreatedUtc", r."SentUtc"
                FROM "ReminderRecord" r JOIN "AspNetUsers" u ON u."Id" = r."UserId"
                WHERE r."State" IN ('Sent', 'Failed') AND u."Email" IS NOT NULL
                """);
            migrationBuilder.Sql(
                """
                DELETE FROM "ReminderRecord" WHERE "MessageId" NOT IN (SELECT "MessageId" FROM "OutboxMessage")
                """);

            migrationBuilder.AddColumn<long>(
                name: "OutboxMessageId",
                table: "ReminderRecord",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(
                """
                UPDATE "ReminderRecord" SET "OutboxMessageId" =
                    (SELECT o."Id" FROM "OutboxMessage" o WHERE o."MessageId" = "ReminderRecord"."MessageId")
                """);

            migrationBuilder.DropColumn(name: "ClaimedUntilUtc", table: "ReminderRecord");
            migrationBuilder.DropColumn(name: "LastError", table: "ReminderRecord");
            migrationBuilder.DropColumn(name: "MessageId", table: "ReminderRecord");
            migrationBuilder.DropColumn(name: "SentUtc", table: "ReminderRecord");
            migrationBuilder.DropColumn(name: "State", table: "ReminderRecord");
            migrationBuilder.DropColumn(name: "Attempts", table: "ReminderRecord");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderRecord_OutboxMessageId",
                table: "ReminderRecord",
                column: "OutboxMessageId");

            migrationBuilder.AddForeignKey(
                name: "FK_ReminderRecord_OutboxMessage_OutboxMessageId",
                table: "ReminderRecord",
                column: "OutboxMessageId",
                principalTable: "OutboxMessage",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReminderRecord_OutboxMessage_OutboxMessageId",
                table: "ReminderRecord");

            migrationBuilder.DropIndex(
                name: "IX_ReminderRecord_OutboxMessageId",
                table: "ReminderRecord");

            migrationBuilder.AddColumn<int>(name: "Attempts", table: "ReminderRecord", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<DateTime>(name: "ClaimedUntilUtc", table: "ReminderRecord", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<string>(name: "LastError", table: "ReminderRecord", type: "character varying(1000)", maxLength: 1000, nullable: true);
            migrationBuilder.AddColumn<string>(name: "MessageId", table: "ReminderRecord", type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<DateTime>(name: "SentUtc", table: "ReminderRecord", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<string>(name: "State", table: "ReminderRecord", type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: "");

            // The week's email state goes back onto its record (a message on its way counts as pending, as before).
            migrationBuilder.Sql(
                """
                UPDATE "ReminderRecord" SET
                    "MessageId" = (SELECT o."MessageId" FROM "OutboxMessage" o WHERE o."Id" = "ReminderRecord"."OutboxMessageId"),
                    "Attempts" = (SELECT o."Attempts" FROM "OutboxMessage" o WHERE o."Id" = "ReminderRecord"."OutboxMessageId"),
                    "LastError" = (SELECT o."LastError" FROM "OutboxMessage" o WHERE o."Id" = "ReminderRecord"."OutboxMessageId"),
                    "SentUtc" = (SELECT o."SentUtc" FROM "OutboxMessage" o WHERE o."Id" = "ReminderRecord"."OutboxMessageId"),
                    "State" = (SELECT CASE o."State" WHEN 'Sent' THEN 'Sent' WHEN 'Failed' THEN 'Failed' ELSE 'Pending' END
                               FROM "OutboxMessage" o WHERE o."Id" = "ReminderRecord"."OutboxMessageId")
                """);

            migrationBuilder.DropColumn(name: "OutboxMessageId", table: "ReminderRecord");

            migrationBuilder.DropTable(
                name: "OutboxMessage");
        }
    }
}
