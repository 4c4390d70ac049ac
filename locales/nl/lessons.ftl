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

## De basis
lesson-basics-tap-title = Op een knop drukken
lesson-basics-tap-intro = Een knop doet iets als je erop drukt. Je oefent dat hier.
lesson-basics-tap-done = Je hebt op knoppen gedrukt. Zo ga je verder op een website.
lesson-basics-tap-go-on = Druk op de groene knop “Verder”.
lesson-basics-tap-go-on-hint = Op een telefoon tik je met je vinger. Met een muis klik je.
lesson-basics-tap-yes = Er is een vraag. Druk op “Ja”.
lesson-basics-type-title = Typen in een vakje
lesson-basics-type-intro = Op websites typ je in vakjes. Je oefent ook een typfout verbeteren.
lesson-basics-type-done = Je hebt getypt en een fout verbeterd.
lesson-basics-type-name = Tik in het vakje “Voornaam”. Typ: Noor.
lesson-basics-type-name-hint = Een hoofdletter maak je met de pijl omhoog.
lesson-basics-type-place = In “Woonplaats” staat een fout: Oefenstadd. Haal de laatste d weg.
lesson-basics-type-place-hint = Tik achter het woord. Druk op de wistoets.
lesson-basics-type-save = Druk op “Opslaan”.
lesson-basics-scroll-title = Naar beneden scrollen
lesson-basics-scroll-intro = Een pagina is vaak langer dan je scherm. Dan scroll je.
lesson-basics-scroll-done = Je hebt naar beneden en naar boven gescrold.
lesson-basics-scroll-down = Scroll naar beneden. Druk onderaan op “Gevonden”.
lesson-basics-scroll-down-hint = Op een telefoon veeg je met je vinger omhoog. Met een muis draai je aan het wieltje.
lesson-basics-scroll-up = Scroll weer naar boven. Druk op “Naar boven”.
lesson-basics-back-title = Terug gaan
lesson-basics-back-intro = Ben je op de verkeerde pagina? Dan ga je terug.
lesson-basics-back-done = Je hebt een pagina geopend en bent teruggegaan.
lesson-basics-back-open = Klik op “Activiteiten”.
lesson-basics-back-back = Ga terug. Klik op “Terug”.
lesson-basics-back-back-hint = “Terug” staat vaak linksboven. Vaak staat er een pijltje bij.
lesson-basics-choose-title = Aanvinken en kiezen
lesson-basics-choose-intro = Op formulieren kies je uit een lijst. Of je zet een vinkje.
lesson-basics-choose-done = Je hebt gekozen uit een lijst en een vinkje gezet.
lesson-basics-choose-day = Kies een dag in de lijst. Bijvoorbeeld woensdag.
lesson-basics-choose-day-hint = Tik op de lijst. Dan zie je de dagen.
lesson-basics-choose-tick = Zet een vinkje bij “Ik ga akkoord met de regels”.
lesson-basics-choose-send = Druk op “Aanmelden”.
lesson-basics-date-title = Een datum kiezen
lesson-basics-date-intro = Voor een afspraak kies je vaak een dag in een kalender.
lesson-basics-date-done = Je hebt een datum gekozen en bevestigd.
lesson-basics-date-pick = Kies dinsdag 15 december in de kalender.
lesson-basics-date-pick-hint = Zoek het getal 15. Het staat onder “di”.
lesson-basics-date-confirm = Druk op “Bevestigen”.
lesson-basics-link-title = Een link herkennen
lesson-basics-link-intro = Een link brengt je naar een andere pagina. Je leert hem herkennen.
lesson-basics-link-done = Je hebt een link herkend en geopend.
lesson-basics-link-link = Klik op de link “openingstijden”.
lesson-basics-link-link-hint = Een link is blauw en heeft een streep eronder.
lesson-basics-link-back = Klik op “Terug”.
lesson-basics-popup-title = Een pop-up sluiten
lesson-basics-popup-intro = Soms komt er een venster over de pagina. Dat heet een pop-up.
lesson-basics-popup-done = Je hebt een pop-up gesloten.
lesson-basics-popup-close = Sluit de pop-up met het kruisje.
lesson-basics-popup-close-hint = Het kruisje staat rechtsboven. Je hoeft niet op “Ja, graag” te drukken.
lesson-basics-popup-go-on = Nu zie je de pagina. Druk op “Verder”.
lesson-basics-zoom-title = Inzoomen op je telefoon
lesson-basics-zoom-intro = Is de tekst te klein? Dan maak je hem groter.
lesson-basics-zoom-done = Je hebt ingezoomd en weer uitgezoomd.
lesson-basics-zoom-in = Tik twee keer snel op de tekst. Of druk op “Groter”.
lesson-basics-zoom-in-hint = Op een echte telefoon kun je ook twee vingers uit elkaar schuiven.
lesson-basics-zoom-out = Lees de tekst. Druk op “Kleiner” tot de tekst weer klein is.
