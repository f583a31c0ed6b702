using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinkedInExportConversationsPostsAndMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InvitationMessage",
                table: "Contact",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InvitedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LastMessageFromContact",
                table: "Contact",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastMessageUtc",
                table: "Contact",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSeenInExportUtc",
                table: "Contact",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactImport",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Files = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    FirstConnections = table.Column<bool>(type: "boolean", nullable: false),
                    NewConnections = table.Column<int>(type: "integer", nullable: false),
                    RoleChanges = table.Column<int>(type: "integer", nullable: false),
                    Disappeared = table.Column<int>(type: "integer", nullable: false),
                    IncomingInvitations = table.Column<int>(type: "integer", nullable: false),
                    OutgoingInvitations = table.Column<int>(type: "integer", nullable: false),
                    Messages = table.Column<int>(type: "integer", nullable: false),
                    Posts = table.Column<int>(type: "integer", nullable: false),
                    MessagesDeletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactImport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactImport_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportedPost",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    ShareUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SharedUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MediaUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Commentary = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    PostedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedPost", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedPost_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MergedIdentity",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    SurvivorId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MergedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MergedIdentity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MergedIdentity_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MergedIdentity_Contact_SurvivorId",
                        column: x => x.SurvivorId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactImportChange",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<long>(type: "bigint", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Before = table.Column<string>(type: "character varying(420)", maxLength: 420, nullable: true),
                    After = table.Column<string>(type: "character varying(420)", maxLength: 420, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactImportChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactImportChange_ContactImport_ImportId",
                        column: x => x.ImportId,
                        principalTable: "ContactImport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactImportChange_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ConversationMessage",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    ContactId = table.Column<int>(type: "integer", nullable: false),
                    ImportId = table.Column<long>(type: "bigint", nullable: false),
                    ConversationKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConversationTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromContact = table.Column<bool>(type: "boolean", nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Content = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Folder = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    InteractionId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationMessage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversationMessage_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConversationMessage_ContactImport_ImportId",
                        column: x => x.ImportId,
                        principalTable: "ContactImport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConversationMessage_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactImport_OwnerId_ImportedUtc",
                table: "ContactImport",
                columns: new[] { "OwnerId", "ImportedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactImportChange_ContactId",
                table: "ContactImportChange",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactImportChange_ImportId",
                table: "ContactImportChange",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessage_ContactId_SentUtc",
                table: "ConversationMessage",
                columns: new[] { "ContactId", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessage_ImportId",
                table: "ConversationMessage",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessage_OwnerId_ContactId_Fingerprint",
                table: "ConversationMessage",
                columns: new[] { "OwnerId", "ContactId", "Fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPost_OwnerId_ShareUrl",
                table: "ImportedPost",
                columns: new[] { "OwnerId", "ShareUrl" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MergedIdentity_OwnerId_Kind_Key",
                table: "MergedIdentity",
                columns: new[] { "OwnerId", "Kind", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_MergedIdentity_SurvivorId",
                table: "MergedIdentity",
                column: "SurvivorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactImportChange");

            migrationBuilder.DropTable(
                name: "ConversationMessage");

            migrationBuilder.DropTable(
                name: "ImportedPost");

            migrationBuilder.DropTable(
                name: "MergedIdentity");

            migrationBuilder.DropTable(
                name: "ContactImport");

            migrationBuilder.DropColumn(
                name: "InvitationMessage",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "InvitedOn",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "LastMessageFromContact",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "LastMessageUtc",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "LastSeenInExportUtc",
                table: "Contact");
        }
    }
}
