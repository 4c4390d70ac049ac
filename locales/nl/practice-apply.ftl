# Teksten van DigiD aanvragen (oefenen). Altijd Nederlands, net als de echte dienst.
# Namen, adressen en codes zijn verzonnen.

## Adresbalk
apply-web-address = digid.oefenen.test/aanvragen
apply-web-address-activate = digid.oefenen.test/activeren
apply-name = DigiD aanvragen

## Startpagina
apply-start-title = DigiD aanvragen
apply-start-text = Met DigiD logt u in bij de overheid en de zorg.
apply-start-text-2 = U vraagt DigiD aan met uw burgerservicenummer en uw adres.
apply-start-text-3 = Daarna krijgt u een brief met een activeringscode.
apply-start-button = Aanvragen

## Uw gegevens
apply-details-title = Uw gegevens
apply-details-intro = Vul uw gegevens in. Alle vakken zijn verplicht.
apply-bsn = Burgerservicenummer (BSN)
apply-bsn-hint = 9 cijfers.
apply-birth-date = Geboortedatum
apply-birth-date-hint = Dag-maand-jaar. Bijvoorbeeld: 01-12-1960
apply-postcode = Postcode
apply-postcode-hint = Bijvoorbeeld: 1234 AB
apply-house-number = Huisnummer
apply-house-number-hint = Alleen het nummer. Bijvoorbeeld: 8
apply-next = Volgende
apply-back = Vorige

## Gebruikersnaam en wachtwoord
apply-account-title = Kies een gebruikersnaam en wachtwoord
apply-account-intro = Hiermee logt u straks in. Onthoud ze goed.
apply-username = Gebruikersnaam
apply-username-hint = Minstens 6 tekens. Geen spaties.
apply-password = Wachtwoord
apply-rules = Uw wachtwoord heeft:
apply-repeat = Herhaal het wachtwoord

## Controleren
apply-check-title = Controleer uw gegevens
apply-check-intro = Klopt alles? Verstuur dan uw aanvraag.
apply-home-address = Adres
apply-edit = Wijzigen
apply-send = Aanvraag versturen

## Verstuurd
apply-sent-title = Uw aanvraag is verstuurd
apply-sent-text = U krijgt binnen 3 werkdagen een brief.
apply-sent-text-2 = In de brief staat uw activeringscode.
apply-sent-text-3 = Met die code maakt u uw DigiD actief.
apply-open-activation = DigiD activeren

## Activeren
apply-login-title = DigiD activeren
apply-login-intro = Log in met de gebruikersnaam en het wachtwoord die u koos.
apply-login-button = Inloggen
apply-code-title = Vul uw activeringscode in
apply-code-intro = De code staat in de brief van DigiD.
apply-code-label = Activeringscode (9 tekens)
apply-code-hint = Letters en cijfers. Kleine letters mogen ook.
apply-activate = Activeren
apply-active-title = Uw DigiD is actief
apply-active-text = U kunt nu inloggen met uw gebruikersnaam en wachtwoord.
apply-active-text-2 = Bijvoorbeeld bij uw huisarts, apotheek of zorgverzekeraar.
apply-blocked-title = De activeringscode werkt niet meer
apply-blocked-text = U heeft 3 keer een verkeerde code ingevuld.
apply-blocked-text-2 = Vraag uw DigiD opnieuw aan. U krijgt dan een nieuwe brief.

## Meldingen bij een vak
apply-error-bsn-empty = Vul uw burgerservicenummer in.
apply-error-birth-date-empty = Vul uw geboortedatum in.
apply-error-postcode-empty = Vul uw postcode in.
apply-error-house-number-empty = Vul uw huisnummer in.
apply-error-username-empty = Kies een gebruikersnaam.
apply-error-password-empty = Kies een wachtwoord.
apply-error-repeat-empty = Typ het wachtwoord hier nog een keer.
apply-error-login-username-empty = Vul uw gebruikersnaam in.
apply-error-login-password-empty = Vul uw wachtwoord in.
apply-error-code-empty = Vul de activeringscode uit de brief in.
apply-error-too-long = Dit is te lang. Kijk op de oefenkaart wat u moet typen.
apply-error-bsn-format = Een burgerservicenummer heeft 9 cijfers. Kijk goed op de oefenkaart.
apply-error-bsn-not-card = Dit is niet het nummer op de oefenkaart.
apply-error-date-format = Deze datum kunnen we niet lezen. Schrijf hem zo: 01-12-1960.
apply-error-date-short-year = Schrijf het jaar met 4 cijfers. Bijvoorbeeld: 1958.
apply-error-date-impossible = Deze datum bestaat niet. Kijk nog eens naar de dag en de maand.
apply-error-date-not-card = Dit is niet de geboortedatum op de oefenkaart.
apply-error-postcode-format = Een postcode heeft 4 cijfers en 2 letters. Bijvoorbeeld: 1234 AB.
apply-error-postcode-not-card = Deze postcode staat niet op de oefenkaart.
apply-error-house-number-format = Vul alleen het nummer in. Bijvoorbeeld: 8.
apply-error-house-number-not-card = Dit huisnummer staat niet op de oefenkaart.
apply-error-username-short = Deze gebruikersnaam is te kort. Gebruik minstens 6 tekens.
apply-error-username-spaces = Een gebruikersnaam heeft geen spaties.
apply-error-password-rules = Het wachtwoord voldoet nog niet aan alle regels. Kijk naar de lijst.
apply-error-passwords-differ = De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord hier nog een keer.
apply-error-wrong-login = De gebruikersnaam of het wachtwoord klopt niet. Kijk op de oefenkaart.
apply-error-no-letter = U heeft de brief nog niet. De brief komt binnen 3 werkdagen.
apply-error-code-format = De code heeft 9 letters en cijfers. Kijk goed in de brief.
apply-error-wrong-code = Deze code klopt niet. Kijk in de brief van DigiD.
apply-error-tries-left = U kunt het nog { $count } keer proberen.

## De brief
apply-letter-from = DigiD (oefenen)
apply-letter-subject = Uw activeringscode
apply-letter-greeting = Beste { $name },
apply-letter-text = U heeft DigiD aangevraagd. Met deze code maakt u uw DigiD actief.
apply-letter-code = Activeringscode
apply-letter-valid = De code werkt 20 dagen. Geef de code aan niemand.
apply-letter-fake = Deze brief is nep. Alleen om te oefenen.
