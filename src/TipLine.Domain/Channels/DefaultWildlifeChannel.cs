namespace TipLine.Domain.Channels;

/// <summary>The channel every deployment starts with: online wildlife trafficking, in the three CITES languages.</summary>
public static class DefaultWildlifeChannel
{
    public const string Slug = "wildlife";

    public static Channel Create(Guid organisationId, DateOnly createdOn) => new(
        Guid.NewGuid(),
        organisationId,
        Slug,
        "Online wildlife trafficking",
        "Report a listing, a seller or a shipping route of wild animals, plants or their parts offered online.",
        "en,fr,es",
        createdOn);
}
