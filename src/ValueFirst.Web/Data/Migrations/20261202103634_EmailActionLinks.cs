using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailActionLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmailActionUse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    IsoYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IsoWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InteractionId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailActionUse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmailActionUse_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionPause",
                columns: table => new
                {
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    PausedUntil = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionPause", x => x.ContactId);
                    table.ForeignKey(
                        name: "FK_SuggestionPause_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmailActionUse_UserId_UsedUtc",
                table: "EmailActionUse",
                columns: new[] { "UserId", "UsedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionPause_OwnerId_PausedUntil",
                table: "SuggestionPause",
                columns: new[] { "OwnerId", "PausedUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmailActionUse");

            migrationBuilder.DropTable(
                name: "SuggestionPause");
        }
    }
}
