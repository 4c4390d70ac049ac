# Les: DigiD aanvragen. Sleutels: lesson-digid-apply-<stap> en lesson-digid-apply-<stap>-hint.
# Knoppen en vakken van de oefendienst noem je bij hun Nederlandse naam.

lesson-digid-apply-title = DigiD aanvragen
lesson-digid-apply-intro = Je vraagt een DigiD aan. Daarna krijg je een brief met een code.
lesson-digid-apply-done = Je DigiD is actief! Je hebt ook een fout hersteld.
lesson-digid-apply-start = Klik op de knop “Aanvragen”.
lesson-digid-apply-bsn = Typ je burgerservicenummer. Het staat op je oefenkaart.
lesson-digid-apply-bsn-hint = Het nummer heeft 9 cijfers: 123456780.
lesson-digid-apply-address = Typ je postcode en huisnummer. Ze staan op je oefenkaart.
lesson-digid-apply-address-hint = Kleine letters en spaties mogen ook. Bijvoorbeeld: 9999zz.
lesson-digid-apply-mistake = Maak nu expres een fout. Typ bij “Geboortedatum”: 31-02-1958. Klik op “Volgende”.
lesson-digid-apply-mistake-hint = 31 februari bestaat niet. Een fout maken mag hier.
lesson-digid-apply-fix = Lees de rode melding. Typ de geboortedatum van je oefenkaart. Klik op “Volgende”.
lesson-digid-apply-fix-hint = Je mag hem op veel manieren typen. Bijvoorbeeld 14-05-1958 of 14 mei 1958.
lesson-digid-apply-username = Bedenk een gebruikersnaam. Typ hem bij “Gebruikersnaam”.
lesson-digid-apply-username-hint = Minstens 6 tekens, zonder spaties. Bijvoorbeeld: noor1958.
lesson-digid-apply-password = Bedenk een wachtwoord. Kijk naar de lijst eronder.
lesson-digid-apply-password-hint = Alle regels moeten kloppen. Bijvoorbeeld: Zomer2027.
lesson-digid-apply-repeat = Typ je wachtwoord nog een keer. Klik op “Volgende”.
lesson-digid-apply-send = Kijk of alles klopt. Klik op “Aanvraag versturen”.
lesson-digid-apply-send-hint = Klopt er iets niet? Met “Wijzigen” pas je het aan.
lesson-digid-apply-letter = De brief komt over 3 dagen. Klik bij je brievenbus op “3 dagen later”.
lesson-digid-apply-letter-hint = In het echt komt de brief met de post. Hier doen we alsof.
lesson-digid-apply-open = De brief is er. Klik op “DigiD activeren”.
lesson-digid-apply-login = Log in met je nieuwe gebruikersnaam en wachtwoord.
lesson-digid-apply-login-hint = Wat je koos, staat nu ook op je oefenkaart.
lesson-digid-apply-code = Typ de activeringscode uit de brief. Klik op “Activeren”.
lesson-digid-apply-code-hint = De brief ligt in je brievenbus. Spaties en kleine letters mogen.
