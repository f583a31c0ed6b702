using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ValueFirst.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RelationshipPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OtherContactId",
                table: "SessionItem",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Step",
                table: "SessionItem",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswersAskedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ChannelInvitedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FollowedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdealClientsAndReferralSources",
                table: "Contact",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IntroductionAskedOfContactId",
                table: "Contact",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IntroductionAskedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NetworksAt",
                table: "Contact",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewDecision",
                table: "Contact",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                table: "Contact",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WantsToMeet",
                table: "Contact",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WelcomedOn",
                table: "Contact",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RelationshipSettings",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    TouchesBeforeInvite = table.Column<int>(type: "integer", nullable: false),
                    WelcomeDay = table.Column<int>(type: "integer", nullable: true),
                    AnswersDay = table.Column<int>(type: "integer", nullable: true),
                    ChannelDay = table.Column<int>(type: "integer", nullable: true),
                    ProgramDays = table.Column<int>(type: "integer", nullable: false),
                    BlogUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NewsletterUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    GroupUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ProspectGoal = table.Column<int>(type: "integer", nullable: false),
                    ReferralSourceGoal = table.Column<int>(type: "integer", nullable: false),
                    ResourceGoal = table.Column<int>(type: "integer", nullable: false),
                    GivesPerMonthGoal = table.Column<int>(type: "integer", nullable: false),
                    LastReviewOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelationshipSettings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_RelationshipSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionItem_OtherContactId",
                table: "SessionItem",
                column: "OtherContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_IntroductionAskedOfContactId",
                table: "Contact",
                column: "IntroductionAskedOfContactId");

            migrationBuilder.AddForeignKey(
                name: "FK_Contact_Contact_IntroductionAskedOfContactId",
                table: "Contact",
                column: "IntroductionAskedOfContactId",
                principalTable: "Contact",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_SessionItem_Contact_OtherContactId",
                table: "SessionItem",
                column: "OtherContactId",
                principalTable: "Contact",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contact_Contact_IntroductionAskedOfContactId",
                table: "Contact");

            migrationBuilder.DropForeignKey(
                name: "FK_SessionItem_Contact_OtherContactId",
                table: "SessionItem");

            migrationBuilder.DropTable(
                name: "RelationshipSettings");

            migrationBuilder.DropIndex(
                name: "IX_SessionItem_OtherContactId",
                table: "SessionItem");

            migrationBuilder.DropIndex(
                name: "IX_Contact_IntroductionAskedOfContactId",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "OtherContactId",
                table: "SessionItem");

            migrationBuilder.DropColumn(
                name: "Step",
                table: "SessionItem");

            migrationBuilder.DropColumn(
                name: "AnswersAskedOn",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "ChannelInvitedOn",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "FollowedOn",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "IdealClientsAndReferralSources",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "IntroductionAskedOfContactId",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "IntroductionAskedOn",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "NetworksAt",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "ReviewDecision",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "ReviewedOn",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "WantsToMeet",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "WelcomedOn",
                table: "Contact");
        }
    }
}
