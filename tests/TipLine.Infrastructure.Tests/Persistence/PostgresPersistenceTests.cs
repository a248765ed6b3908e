using TipLine.Testing.Environment;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>The persistence suite on a fresh database on the real PostgreSQL server (TIPLINE_TEST_POSTGRES).</summary>
public sealed class PostgresPersistenceTests(PostgresDatabaseFixture fixture) : PersistenceSuite(fixture), IClassFixture<PostgresDatabaseFixture>
{
    [PostgresFact]
    public override Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending() => base.Migrations_apply_to_an_empty_database_and_leave_nothing_pending();

    [PostgresFact]
    public override Task Migration_runner_is_idempotent() => base.Migration_runner_is_idempotent();

    [PostgresFact]
    public override Task Organisation_staff_user_channel_and_case_round_trip() => base.Organisation_staff_user_channel_and_case_round_trip();

    [PostgresFact]
    public override Task Tip_and_everything_hanging_off_it_round_trip_exactly() => base.Tip_and_everything_hanging_off_it_round_trip_exactly();

    [PostgresFact]
    public override Task Enums_are_stored_as_their_names() => base.Enums_are_stored_as_their_names();

    [PostgresFact]
    public override Task A_receipt_hash_cannot_be_used_twice() => base.A_receipt_hash_cannot_be_used_twice();

    [PostgresFact]
    public override Task A_channel_slug_is_unique() => base.A_channel_slug_is_unique();

    [PostgresFact]
    public override Task A_staff_user_name_is_unique() => base.A_staff_user_name_is_unique();

    [PostgresFact]
    public override Task A_case_reference_is_unique() => base.A_case_reference_is_unique();

    [PostgresFact]
    public override Task Deleting_a_tip_in_the_database_cascades_to_its_wraps_attachments_messages_and_receipt() => base.Deleting_a_tip_in_the_database_cascades_to_its_wraps_attachments_messages_and_receipt();

    [PostgresFact]
    public override Task A_channel_with_tips_cannot_be_deleted() => base.A_channel_with_tips_cannot_be_deleted();

    [PostgresFact]
    public override Task A_tip_cannot_reference_a_missing_channel() => base.A_tip_cannot_reference_a_missing_channel();

    [PostgresFact]
    public override Task Rolled_back_transaction_leaves_no_half_tip() => base.Rolled_back_transaction_leaves_no_half_tip();
}
