namespace Samverkan.Analytics.Host.Security;

/// <summary>The Swedish texts of the login, logout and no-access pages (one place, STYLE.md).</summary>
internal static class LoginTexts
{
    public const string ServiceName = "Samverkan.Analytics";
    public const string ServiceDescription = "Uppföljning av samverkansöverenskommelsen mellan Stockholms stad och Polisregion Stockholm.";
    public const string LoginTitle = "Logga in";
    public const string UserNameLabel = "Användarnamn";
    public const string PasswordLabel = "Lösenord";
    public const string LoginButton = "Logga in";

    // One text for every failure: it never tells whether the user exists or is locked.
    public const string LoginFailed = "Inloggningen misslyckades. Kontrollera användarnamn och lösenord och försök igen.";
    public const string LockoutHint = "Efter {0} misslyckade försök i rad spärras kontot i {1}.";
    public const string FormExpired = "Formuläret hade gått ut. Fyll i det och försök igen.";
    public const string LoggedOut = "Du är utloggad.";

    public const string LogoutTitle = "Logga ut";
    public const string LoggedInAs = "Du är inloggad som {0}.";
    public const string LogoutButton = "Logga ut";
    public const string BackToSite = "Tillbaka till översikten";

    public const string OtherWay = "Eller";
    public const string OidcFailed = "Inloggningen med organisationens konto misslyckades, eller kontot saknar behörighet till tjänsten. Kontakta en administratör om du behöver den.";

    public const string ForbiddenTitle = "Ingen behörighet";
    public const string Forbidden = "Ditt konto har inte behörighet till den här sidan. Kontakta en administratör om du behöver den.";
}
