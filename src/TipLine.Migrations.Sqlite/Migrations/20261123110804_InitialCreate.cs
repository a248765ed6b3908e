using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TipLine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Jurisdictions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Channels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaximumFileBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    MaximumFiles = table.Column<int>(type: "INTEGER", nullable: false),
                    RetentionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Channels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Channels_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublicKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PasswordWrappedPrivateKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RecoveryWrappedPrivateKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EscrowWrappedPrivateKey = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SealedTotpSecret = table.Column<byte[]>(type: "BLOB", nullable: true),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffUsers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Taxon = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CitesAppendix = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Countries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ShipmentMethod = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AssignedToUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_StaffUsers_AssignedToUserId",
                        column: x => x.AssignedToUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseRoutings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoutedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoutedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRoutings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRoutings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseRoutings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseRoutings_StaffUsers_RoutedByUserId",
                        column: x => x.RoutedByUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TipPublicKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhistleblowerPublicKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnswersCiphertext = table.Column<byte[]>(type: "BLOB", nullable: false),
                    IntakeSignature = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tips_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tips_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BodyCiphertext = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReadByRecipient = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Messages_StaffUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Messages_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptIndex",
                columns: table => new
                {
                    LookupHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptIndex", x => x.LookupHash);
                    table.ForeignKey(
                        name: "FK_ReceiptIndex_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipKeyWraps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StaffUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GrantedToOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientPublicKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipKeyWraps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipKeyWraps_Organisations_GrantedToOrganisationId",
                        column: x => x.GrantedToOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipKeyWraps_StaffUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TipKeyWraps_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BlobName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CiphertextLength = table.Column<long>(type: "INTEGER", nullable: false),
                    CiphertextSha256 = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    StoredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Messages",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Attachments_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_MessageId",
                table: "Attachments",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_TipId",
                table: "Attachments",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Day",
                table: "AuditEntries",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRoutings_CaseId_OrganisationId",
                table: "CaseRoutings",
                columns: new[] { "CaseId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRoutings_OrganisationId",
                table: "CaseRoutings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRoutings_RoutedByUserId",
                table: "CaseRoutings",
                column: "RoutedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedToUserId",
                table: "Cases",
                column: "AssignedToUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrganisationId",
                table: "Cases",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Reference",
                table: "Cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                table: "Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Channels_OrganisationId",
                table: "Channels",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Channels_Slug",
                table: "Channels",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_AuthorUserId",
                table: "Messages",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_TipId",
                table: "Messages",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptIndex_TipId",
                table: "ReceiptIndex",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffUsers_OrganisationId",
                table: "StaffUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffUsers_UserName",
                table: "StaffUsers",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TipKeyWraps_GrantedToOrganisationId",
                table: "TipKeyWraps",
                column: "GrantedToOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TipKeyWraps_StaffUserId",
                table: "TipKeyWraps",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TipKeyWraps_TipId_StaffUserId",
                table: "TipKeyWraps",
                columns: new[] { "TipId", "StaffUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_CaseId",
                table: "Tips",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ChannelId",
                table: "Tips",
                column: "ChannelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CaseRoutings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "ReceiptIndex");

            migrationBuilder.DropTable(
                name: "TipKeyWraps");

            migrationBuilder.DropTable(
                name: "Messages");

            migrationBuilder.DropTable(
                name: "Tips");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Channels");

            migrationBuilder.DropTable(
                name: "StaffUsers");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
