using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Host.Security;

/// <summary>The HTML of the login, logout and no-access pages: Swedish, no script, every value escaped.</summary>
internal static class LoginPages
{
    // Escapes markup characters but keeps å, ä, ö readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The form field names.</summary>
    public const string UserNameField = "anvandarnamn";
    public const string PasswordField = "losenord";
    public const string ReturnUrlField = "returnUrl";

    /// <summary>What the login page says above the form.</summary>
    public enum Notice
    {
        None,
        Failed,
        Expired,
        LoggedOut,
        OidcFailed,
    }

    public static string Login(string tokenField, string token, string? returnUrl, string? typedName, Notice notice, SecurityOptions options, string? oidcButton = null)
    {
        var html = Start(LoginTexts.LoginTitle);
        html.Append("<p class=\"muted\">").Append(E(LoginTexts.ServiceDescription)).Append("</p>\n");
        var invalid = notice is Notice.Failed;
        switch (notice)
        {
            case Notice.Failed:
                html.Append("<div class=\"error\" role=\"alert\" id=\"login-error\"><p>").Append(E(LoginTexts.LoginFailed)).Append("</p><p>")
                    .Append(E(string.Format(CultureInfo.GetCultureInfo("sv-SE"), LoginTexts.LockoutHint, options.MaxFailedLogins, SwedishFormat.Count(options.LockoutMinutes, "minut", "minuter"))))
                    .Append("</p></div>\n");
                break;
            case Notice.Expired:
                html.Append("<div class=\"error\" role=\"alert\" id=\"login-error\"><p>").Append(E(LoginTexts.FormExpired)).Append("</p></div>\n");
                break;
            case Notice.OidcFailed:
                html.Append("<div class=\"error\" role=\"alert\" id=\"login-error\"><p>").Append(E(LoginTexts.OidcFailed)).Append("</p></div>\n");
                break;
            case Notice.LoggedOut:
                html.Append("<p class=\"status\" role=\"status\">").Append(E(LoginTexts.LoggedOut)).Append("</p>\n");
                break;
            case Notice.None:
            default:
                break;
        }

        var describedBy = notice is Notice.Failed or Notice.Expired ? " aria-describedby=\"login-error\"" : "";
        var invalidAttribute = invalid ? " aria-invalid=\"true\"" : "";
        html.Append("<form method=\"post\" action=\"/logga-in\">\n");
        Hidden(html, tokenField, token);
        if (!string.IsNullOrEmpty(returnUrl))
        {
            Hidden(html, ReturnUrlField, returnUrl);
        }

        html.Append("<div class=\"field\"><label for=\"").Append(UserNameField).Append("\">").Append(E(LoginTexts.UserNameLabel)).Append("</label>\n")
            .Append("<input id=\"").Append(UserNameField).Append("\" name=\"").Append(UserNameField)
            .Append("\" type=\"text\" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required maxlength=\"256\"")
            .Append(describedBy).Append(invalidAttribute).Append(" value=\"").Append(E(typedName ?? "")).Append("\"></div>\n");
        html.Append("<div class=\"field\"><label for=\"").Append(PasswordField).Append("\">").Append(E(LoginTexts.PasswordLabel)).Append("</label>\n")
            .Append("<input id=\"").Append(PasswordField).Append("\" name=\"").Append(PasswordField)
            .Append("\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"256\"")
            .Append(describedBy).Append(invalidAttribute).Append("></div>\n");
        html.Append("<button type=\"submit\">").Append(E(LoginTexts.LoginButton)).Append("</button>\n</form>\n");
        if (oidcButton is not null)
        {
            // A link, not a form: a form's redirect to the provider would break the CSP's form-action 'self'.
            var href = LoginEndpoints.LoginPath + "?" + LoginEndpoints.OidcParameter + "=1"
                + (string.IsNullOrEmpty(returnUrl) ? "" : "&" + ReturnUrlField + "=" + Uri.EscapeDataString(returnUrl));
            html.Append("<p class=\"other-way\">").Append(E(LoginTexts.OtherWay)).Append(":</p>\n<p><a class=\"button\" href=\"").Append(E(href)).Append("\">")
                .Append(E(oidcButton)).Append("</a></p>\n");
        }

        return End(html);
    }

    public static string Logout(string tokenField, string token, string userName)
    {
        var html = Start(LoginTexts.LogoutTitle);
        html.Append("<p>").Append(E(string.Format(CultureInfo.GetCultureInfo("sv-SE"), LoginTexts.LoggedInAs, userName))).Append("</p>\n");
        html.Append("<form method=\"post\" action=\"/logga-ut\">\n");
        Hidden(html, tokenField, token);
        html.Append("<button type=\"submit\">").Append(E(LoginTexts.LogoutButton)).Append("</button>\n</form>\n");
        html.Append("<p><a href=\"/\">").Append(E(LoginTexts.BackToSite)).Append("</a></p>\n");
        return End(html);
    }

    public static string Forbidden()
    {
        var html = Start(LoginTexts.ForbiddenTitle);
        html.Append("<p>").Append(E(LoginTexts.Forbidden)).Append("</p>\n");
        html.Append("<p><a href=\"/\">").Append(E(LoginTexts.BackToSite)).Append("</a></p>\n");
        html.Append("<p><a href=\"/logga-ut\">").Append(E(LoginTexts.LogoutTitle)).Append("</a></p>\n");
        return End(html);
    }

    internal static StringBuilder Start(string title) => new StringBuilder()
        .Append("<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .Append("<title>").Append(E(title)).Append(" – ").Append(E(LoginTexts.ServiceName)).Append("</title>\n")
        .Append("<link rel=\"stylesheet\" href=\"").Append(LoginStyle.Path).Append("\">\n</head>\n<body>\n<main>\n")
        .Append("<h1>").Append(E(title)).Append("</h1>\n");

    internal static string End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n").ToString();

    internal static void Hidden(StringBuilder html, string name, string value) =>
        html.Append("<input type=\"hidden\" name=\"").Append(E(name)).Append("\" value=\"").Append(E(value)).Append("\">\n");

    internal static string E(string text) => Encoder.Encode(text);
}
