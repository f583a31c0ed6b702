using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations
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
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InvitedOn",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LastMessageFromContact",
                table: "Contact",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastMessageUtc",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSeenInExportUtc",
                table: "Contact",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContactImport",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Files = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstConnections = table.Column<bool>(type: "INTEGER", nullable: false),
                    NewConnections = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleChanges = table.Column<int>(type: "INTEGER", nullable: false),
                    Disappeared = table.Column<int>(type: "INTEGER", nullable: false),
                    IncomingInvitations = table.Column<int>(type: "INTEGER", nullable: false),
                    OutgoingInvitations = table.Column<int>(type: "INTEGER", nullable: false),
                    Messages = table.Column<int>(type: "INTEGER", nullable: false),
                    Posts = table.Column<int>(type: "INTEGER", nullable: false),
                    MessagesDeletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    ShareUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SharedUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MediaUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Commentary = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    PostedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    SurvivorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MergedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 420, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 420, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<long>(type: "INTEGER", nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConversationTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FromContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InteractionId = table.Column<long>(type: "INTEGER", nullable: true)
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
