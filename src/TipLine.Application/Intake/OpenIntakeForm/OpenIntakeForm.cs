using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Intake.OpenIntakeForm;

/// <summary>What the intake form of a channel needs: its public settings and the recipients tip keys are wrapped to. Null when there is no such open channel.</summary>
[AllowWhistleblower]
public sealed record OpenIntakeForm(string ChannelSlug) : IQuery<IntakeForm?>;

/// <summary>A channel as its form shows it. <see cref="Recipients"/> is empty when nobody could read a tip yet; the form then refuses tips.</summary>
public sealed record IntakeForm(
    Guid ChannelId,
    string Slug,
    string Name,
    string Description,
    IReadOnlyList<string> Languages,
    long MaximumFileBytes,
    int MaximumFiles,
    IReadOnlyList<string> Recipients);
