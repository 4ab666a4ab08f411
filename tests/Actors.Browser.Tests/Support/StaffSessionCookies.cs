using Actors.Testing;

namespace Actors.Browser.Tests.Support;

public static class StaffSessionCookies
{
    /// <summary>The sign-in cookie as the browser must hold it, so the screens' data calls and hub are the same user's.</summary>
    public static Microsoft.Playwright.Cookie BrowserCookie(this StaffSession session, Uri baseAddress)
    {
        var cookie = session.Cookies.GetCookies(baseAddress)["bg.auth"] ?? throw new InvalidOperationException("not signed in");
        return new Microsoft.Playwright.Cookie
        {
            Name = cookie.Name,
            Value = cookie.Value,
            Url = baseAddress.ToString(),
            HttpOnly = true,
            SameSite = Microsoft.Playwright.SameSiteAttribute.Strict,
        };
    }

    /// <summary>
    /// Signs the browser profile in as this member of staff (the test password), in place of whoever it was: the sign-in
    /// goes through the profile's own request context, which shares its cookies with the pages.
    /// </summary>
    public static async Task SignInAsAsync(this Microsoft.Playwright.IBrowserContext context, string staffId)
    {
        await context.ClearCookiesAsync();
        var response = await context.APIRequest.PostAsync("/api/auth/sign-in",
            new() { DataObject = new { login = staffId, password = StaffAccounts.Password } });
        Assert.True(response.Ok, $"sign-in of {staffId}: {response.Status} {await response.TextAsync()}");
    }
}
