# Teksten van de lessen. Sleutels: lesson-<les>-<stap> en lesson-<les>-<stap>-hint.
# Knoppen en vakken van de oefendienst noem je bij hun Nederlandse naam.

## Les: Inloggen met DigiD
lesson-digid-web-title = Inloggen met DigiD
lesson-digid-web-intro = Je logt in op een oefenwebsite. Met je gebruikersnaam, wachtwoord en een sms-code.
lesson-digid-web-done = Je bent ingelogd met DigiD. Je hebt ook een fout hersteld.
lesson-digid-web-username = Typ je gebruikersnaam in het vak Gebruikersnaam. Die staat op je oefenkaart.
lesson-digid-web-username-hint = Typ noor.oefen. Let op de punt in het midden.
lesson-digid-web-mistake = Typ nu expres een fout wachtwoord. Klik dan op Inloggen.
lesson-digid-web-mistake-hint = Typ bijvoorbeeld welkom. Een fout maken mag hier.
lesson-digid-web-fix = Lees de rode melding. Typ nu het goede wachtwoord.
lesson-digid-web-fix-hint = Het wachtwoord staat op je oefenkaart. Het begint met een hoofdletter O.
lesson-digid-web-login = Klik op de knop Inloggen.
lesson-digid-web-sms = Kies Sms-controle. Dan krijg je een code op je telefoon.
lesson-digid-web-sms-hint = De app oefen je in een andere les.
lesson-digid-web-code = Kijk op je telefoon. Typ de code uit de sms.
lesson-digid-web-code-hint = De code heeft 6 cijfers. Je telefoon staat naast het scherm.
lesson-digid-web-submit = Klik op Inloggen. Dan ben je binnen!
