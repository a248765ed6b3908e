using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TipLine.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Rewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RewardProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MinimumPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    MaximumPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    MinimumCollected = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: false),
                    Cap = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ClaimWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ContestWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Exclusions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AllowsAnonymousClaims = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardProgrammes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SanctionEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrectsEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SanctionEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SanctionEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SanctionEntries_SanctionEntries_CorrectsEntryId",
                        column: x => x.CorrectsEntryId,
                        principalTable: "SanctionEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SanctionEntries_StaffUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardReferrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardReferrals_RewardProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "RewardProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardReferrals_StaffUsers_ReferredByUserId",
                        column: x => x.ReferredByUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimWindowClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardNotices_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardNotices_RewardProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "RewardProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardNotices_RewardReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "RewardReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardNotices_StaffUsers_PostedByUserId",
                        column: x => x.PostedByUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SealedFor = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AwardPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    PreliminaryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContestDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContestCiphertext = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ContestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContestWaivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AppealDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardClaims_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardClaims_RewardNotices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "RewardNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardClaims_RewardProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "RewardProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardClaims_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AwardProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ReasonsCiphertext = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SealedFor = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnReasonCiphertext = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardProposals_RewardClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "RewardClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardProposals_StaffUsers_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardProposals_StaffUsers_ProposedByUserId",
                        column: x => x.ProposedByUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReversesPaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardPayments_RewardClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "RewardClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardPayments_RewardPayments_ReversesPaymentId",
                        column: x => x.ReversesPaymentId,
                        principalTable: "RewardPayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardPayments_StaffUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardProposals_ClaimId",
                table: "AwardProposals",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardProposals_DecidedByUserId",
                table: "AwardProposals",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardProposals_ProposedByUserId",
                table: "AwardProposals",
                column: "ProposedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardClaims_CaseId",
                table: "RewardClaims",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardClaims_NoticeId_TipId",
                table: "RewardClaims",
                columns: new[] { "NoticeId", "TipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardClaims_ProgrammeId_Status",
                table: "RewardClaims",
                columns: new[] { "ProgrammeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RewardClaims_TipId",
                table: "RewardClaims",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardNotices_CaseId",
                table: "RewardNotices",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardNotices_PostedByUserId",
                table: "RewardNotices",
                column: "PostedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardNotices_ProgrammeId",
                table: "RewardNotices",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardNotices_ReferralId",
                table: "RewardNotices",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardPayments_ClaimId_Sequence",
                table: "RewardPayments",
                columns: new[] { "ClaimId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardPayments_RecordedByUserId",
                table: "RewardPayments",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardPayments_ReversesPaymentId",
                table: "RewardPayments",
                column: "ReversesPaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardProgrammes_OrganisationId",
                table: "RewardProgrammes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardReferrals_CaseId_ProgrammeId",
                table: "RewardReferrals",
                columns: new[] { "CaseId", "ProgrammeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RewardReferrals_ProgrammeId",
                table: "RewardReferrals",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardReferrals_ReferredByUserId",
                table: "RewardReferrals",
                column: "ReferredByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SanctionEntries_CaseId_Sequence",
                table: "SanctionEntries",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SanctionEntries_CorrectsEntryId",
                table: "SanctionEntries",
                column: "CorrectsEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_SanctionEntries_RecordedByUserId",
                table: "SanctionEntries",
                column: "RecordedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardProposals");

            migrationBuilder.DropTable(
                name: "RewardPayments");

            migrationBuilder.DropTable(
                name: "SanctionEntries");

            migrationBuilder.DropTable(
                name: "RewardClaims");

            migrationBuilder.DropTable(
                name: "RewardNotices");

            migrationBuilder.DropTable(
                name: "RewardReferrals");

            migrationBuilder.DropTable(
                name: "RewardProgrammes");
        }
    }
}
