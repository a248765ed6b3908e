namespace TipLine.Web.Tests.Hosting;

/// <summary>Shares one real server between the HTTP test classes; each test uses its own client.</summary>
[CollectionDefinition(Name)]
public sealed class TipLineServerCollection : ICollectionFixture<TipLineServer>
{
    public const string Name = "TipLine server";
}
