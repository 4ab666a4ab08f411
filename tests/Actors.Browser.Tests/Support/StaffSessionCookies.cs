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
}
