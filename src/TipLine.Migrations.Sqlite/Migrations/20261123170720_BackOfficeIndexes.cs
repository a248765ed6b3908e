using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TipLine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BackOfficeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tips_ChannelId_Status_ReceivedOn",
                table: "Tips",
                columns: new[] { "ChannelId", "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_OpenedOn",
                table: "Cases",
                columns: new[] { "OrganisationId", "OpenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tips_ChannelId_Status_ReceivedOn",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_OpenedOn",
                table: "Cases");
        }
    }
}
