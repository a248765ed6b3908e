using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Intake.ListOpenChannels;

/// <summary>The channels anyone may report to, for the home page.</summary>
[AllowWhistleblower]
public sealed record ListOpenChannels : IQuery<IReadOnlyList<OpenChannel>>;

public sealed record OpenChannel(string Slug, string Name, string Description);
