using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TipLine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_TipId",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_TipId",
                table: "Attachments");

            migrationBuilder.AddColumn<string>(
                name: "EscrowRecipient",
                table: "Organisations",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Attachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_TipId_Sequence",
                table: "Messages",
                columns: new[] { "TipId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_TipId_MessageId_Position",
                table: "Attachments",
                columns: new[] { "TipId", "MessageId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_TipId_Sequence",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_TipId_MessageId_Position",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "EscrowRecipient",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Attachments");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_TipId",
                table: "Messages",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_TipId",
                table: "Attachments",
                column: "TipId");
        }
    }
}
