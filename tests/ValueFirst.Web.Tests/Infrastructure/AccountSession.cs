using System.Net;
using System.Text.RegularExpressions;

namespace ValueFirst.Web.Tests.Infrastructure;

/// <summary>Registers and signs in through the real Identity pages, as a browser would post them.</summary>
public static partial class AccountSession
{
    public const string Password = "Valu3-First!pass";

    /// <summary>Registers <paramref name="email"/> and returns a client whose cookie is signed in as that user.</summary>
    public static async Task<HttpClient> RegisterAndSignInAsync(TestApp app, string email)
    {
        var client = app.CreateBrowserLikeClient();
        var register = await PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        if (register.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Registration of {email} failed: {(int)register.StatusCode}\n{await register.Content.ReadAsStringAsync()}");
        }

        await SignInAsync(client, email);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password) =>
        await PostFormAsync(client, "/Account/Login", "login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Reads the antiforgery token that a Blazor static-SSR page rendered into its form.</summary>
    public static string ReadAntiforgeryToken(string html)
    {
        var token = AntiforgeryToken().Match(html);
        return token.Success
            ? WebUtility.HtmlDecode(token.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token on the page");
    }

    /// <summary>Posts a Blazor static-SSR form: fetches the page for its antiforgery token, then posts the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = ReadAntiforgeryToken(page),
            ["_handler"] = formName,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" (?:type=\"hidden\" )?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
