using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TipLine.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BackOfficeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_Status_OpenedOn",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ChannelId_Status_ReceivedOn",
                table: "Tips",
                columns: new[] { "ChannelId", "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpenedOn_Id",
                table: "Cases",
                columns: new[] { "OpenedOn", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_OpenedOn_Id",
                table: "Cases",
                columns: new[] { "OrganisationId", "OpenedOn", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_Status_OpenedOn_Id",
                table: "Cases",
                columns: new[] { "OrganisationId", "Status", "OpenedOn", "Id" },
                descending: new[] { false, false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tips_ChannelId_Status_ReceivedOn",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OpenedOn_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_OpenedOn_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrganisationId_Status_OpenedOn_Id",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId_Status_OpenedOn",
                table: "Cases",
                columns: new[] { "OrganisationId", "Status", "OpenedOn" });
        }
    }
}
