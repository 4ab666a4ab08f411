using Microsoft.Playwright;

namespace Actors.Browser.Tests.Support;

/// <summary>A test with its own browser profile on the collection's silo, closed after it.</summary>
public abstract class BrowserTest<TFixture>(TFixture fixture) : IAsyncLifetime where TFixture : ScreensFixture
{
    protected TFixture Fixture { get; } = fixture;
    protected Network Network { get; } = new(fixture.Http);
    protected IBrowserContext Context { get; private set; } = null!;

    /// <summary>Whether the test's profile starts signed in (as the management department); false: the test signs in itself.</summary>
    protected virtual bool SignedIn => true;

    public async Task InitializeAsync() => Context = await Fixture.NewContextAsync(signedIn: SignedIn);

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
