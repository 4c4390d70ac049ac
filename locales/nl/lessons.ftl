# Teksten van de lessen. Sleutels: lesson-<les>-<stap> en lesson-<les>-<stap>-hint.
# Knoppen en vakken van de oefendienst noem je bij hun Nederlandse naam.

## Les: Inloggen met DigiD
lesson-digid-web-title = Inloggen met DigiD
lesson-digid-web-intro = Je logt in op een oefenwebsite. Met je gebruikersnaam, wachtwoord en een sms-code.
lesson-digid-web-done = Je bent ingelogd met DigiD. Je hebt ook een fout hersteld.
lesson-digid-web-username = Typ je gebruikersnaam in het vak “Gebruikersnaam”. Die staat op je oefenkaart.
lesson-digid-web-username-hint = Typ noor.oefen. Let op de punt in het midden.
lesson-digid-web-mistake = Typ nu expres een fout wachtwoord. Klik dan op “Inloggen”.
lesson-digid-web-mistake-hint = Typ bijvoorbeeld welkom. Een fout maken mag hier.
lesson-digid-web-fix = Lees de rode melding. Typ nu het goede wachtwoord.
lesson-digid-web-fix-hint = Het wachtwoord staat op je oefenkaart. Het begint met een hoofdletter O.
lesson-digid-web-login = Klik op de knop “Inloggen”.
lesson-digid-web-sms = Kies “Sms-controle”. Dan krijg je een code op je telefoon.
lesson-digid-web-sms-hint = De app oefen je in een andere les.
lesson-digid-web-code = Kijk op je telefoon. Typ de code uit de sms.
lesson-digid-web-code-hint = De code heeft 6 cijfers. Zie je je telefoon niet? Klik op “Telefoon laten zien”.
lesson-digid-web-submit = Klik op “Inloggen”. Dan ben je binnen!

## Les: Nepberichten herkennen
lesson-phishing-title = Nepberichten herkennen
lesson-phishing-intro = Je krijgt berichten van DigiD, de apotheek en de huisarts. Welke zijn echt?
lesson-phishing-done = Je herkent nu nepberichten. Let altijd op links, haast en het webadres.
lesson-phishing-open = Open het eerste bericht. Het is een sms van DigiD.
lesson-phishing-judge = Is dit bericht echt of nep? Kies een knop.
lesson-phishing-judge-hint = Stuurt DigiD een link per sms?
lesson-phishing-page = Stel: je drukt toch op de link. Druk op de link in de sms.
lesson-phishing-address = Kijk naar het webadres bovenaan. Klopt het?
lesson-phishing-address-hint = Het echte adres van DigiD eindigt op digid.nl.
lesson-phishing-rest = Klik op “Terug naar het bericht”. Beoordeel daarna de andere berichten.
lesson-phishing-rest-hint = Let op links, haast, dreigen en betalen.

## Les: Wachtwoord vergeten
lesson-digid-forgot-title = Wachtwoord vergeten
lesson-digid-forgot-intro = Je weet je wachtwoord niet meer. Je maakt een nieuw wachtwoord met een sms-code.
lesson-digid-forgot-done = Je hebt een nieuw wachtwoord gemaakt. En je bent ermee ingelogd.
lesson-digid-forgot-open = Je weet je wachtwoord niet meer. Klik op “Wachtwoord vergeten?”.
lesson-digid-forgot-username = Typ je gebruikersnaam. Klik dan op “Verder”.
lesson-digid-forgot-username-hint = Je gebruikersnaam staat op je oefenkaart.
lesson-digid-forgot-code = Kijk op je telefoon. Typ de code. Klik op “Verder”.
lesson-digid-forgot-code-hint = De code heeft 6 cijfers.
lesson-digid-forgot-new = Bedenk een nieuw wachtwoord. Typ het in het vak “Nieuw wachtwoord”.
lesson-digid-forgot-new-hint = Kijk naar de lijst. Alle regels moeten kloppen. Bijvoorbeeld: Zomer2027.
lesson-digid-forgot-repeat = Typ hetzelfde wachtwoord nog een keer. Klik op “Wachtwoord opslaan”.
lesson-digid-forgot-login = Klik op “Terug naar inloggen”. Log in met je nieuwe wachtwoord.
lesson-digid-forgot-login-hint = Je nieuwe wachtwoord staat nu ook op je oefenkaart.
