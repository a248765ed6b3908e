using Mediator;
using TipLine.Application.Authorization;
using TipLine.Domain.Staff;

namespace TipLine.Application.Rewards.Resealing.ResealRewardFiles;

/// <summary>
/// Seals again, for the programme organisation's current reward officers, the claims, contests and proposal reasons
/// that were sealed for a different set: an officer who joined later can then read them, and one who was disabled no
/// longer can. Only an officer who can open a document can re-seal it, with their own session key: the server cannot.
/// At most <see cref="BatchSize"/> documents per call; call again while <see cref="ResealedFiles.MoreRemain"/>.
/// Audited in the handler, and only when something was re-sealed, so running it at every landing adds no noise
/// (like ShareAccessWithColleagues, ADR 0019 and 0024).
/// </summary>
[RequiresRole(StaffRoles.RewardOfficer)]
public sealed record ResealRewardFiles : ICommand<ResealedFiles>
{
    public const int BatchSize = 100;
}

/// <summary>How many claims and proposals were re-sealed, and whether more remain that this officer could still re-seal.</summary>
public sealed record ResealedFiles(int Claims, int Proposals, bool MoreRemain);
