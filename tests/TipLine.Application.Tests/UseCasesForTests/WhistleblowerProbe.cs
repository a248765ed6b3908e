using Mediator;
using TipLine.Application.Authorization;

namespace TipLine.Application.Tests.UseCasesForTests;

/// <summary>A use case open to anonymous whistleblowers.</summary>
[AllowWhistleblower]
public sealed record WhistleblowerProbe : IQuery<string>;

public sealed class WhistleblowerProbeHandler : IQueryHandler<WhistleblowerProbe, string>
{
    public ValueTask<string> Handle(WhistleblowerProbe query, CancellationToken cancellationToken) => ValueTask.FromResult("answered");
}
