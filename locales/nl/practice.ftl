# Teksten van de oefendiensten. Altijd Nederlands, net als de echte diensten.
# Deze namen en adressen zijn verzonnen.

## Oefenkader
frame-label = Oefenen — dit is niet echt
frame-restart = Opnieuw beginnen
frame-back = Terug

## DigiD (oefenen), inloggen op het web
digid-brand = DigiD (oefenen)
digid-address = digid.oefenen.test/inloggen
digid-service = Mijn Oefenzorg
digid-login-title = Inloggen bij Mijn Oefenzorg
digid-login-intro = Log in met uw DigiD. Zo weet Mijn Oefenzorg wie u bent.
digid-username = Gebruikersnaam
digid-password = Wachtwoord
digid-login-button = Inloggen
digid-forgot = Wachtwoord vergeten?
digid-cancel = Vorige
digid-error-empty-username = Vul uw gebruikersnaam in.
digid-error-empty-password = Vul uw wachtwoord in.
digid-error-wrong-login = De gebruikersnaam of het wachtwoord klopt niet.
digid-error-wrong-login-help = Kijk goed op de oefenkaart. Let op hoofdletters.
digid-error-tries-left = U kunt het nog { $count } keer proberen.
digid-error-too-long = Dit is te lang. Kijk op de oefenkaart wat u moet typen.
digid-choose-title = Kies hoe u wilt inloggen
digid-choose-intro = Voor uw veiligheid is er een extra controle.
digid-choose-sms = Sms-controle
digid-choose-sms-text = U krijgt een code per sms.
digid-choose-app = DigiD app
digid-choose-app-text = U logt in met de app op uw telefoon.
digid-error-app-not-here = Deze oefening gaat over sms. Kies Sms-controle.
digid-code-title = Vul de sms-code in
digid-code-intro = We hebben een sms gestuurd naar uw telefoon.
digid-code-label = Sms-code (6 cijfers)
digid-code-button = Inloggen
digid-resend = Stuur een nieuwe code
digid-error-empty-code = Vul de code uit de sms in.
digid-error-code-format = De code heeft 6 cijfers. Kijk goed naar de sms.
digid-error-wrong-code = Deze code klopt niet. Kijk goed naar de nieuwste sms.
digid-error-old-code = Dit is een oude code. Gebruik de nieuwste sms.
digid-error-code-expired = Deze code is verlopen. Een code werkt 10 minuten.
digid-error-code-expired-help = Klik op Stuur een nieuwe code.
digid-sms = Uw sms-code is { $code }. De code werkt 10 minuten. Geef deze code aan niemand.
digid-welcome = Welkom, { $name }!
digid-welcome-text = U bent ingelogd bij Mijn Oefenzorg.
digid-welcome-born = Geboortedatum: { $date }
digid-logout = Uitloggen
digid-locked-title = Inloggen is geblokkeerd
digid-locked-text = U heeft 3 keer een fout wachtwoord gebruikt.
digid-locked-text-2 = Bij de echte DigiD wacht u dan even. Of u vraagt een nieuw wachtwoord aan.
digid-forgot-title = Wachtwoord vergeten
digid-forgot-text = Bij de echte DigiD vraagt u een nieuw wachtwoord aan. U krijgt dan een code per sms.
digid-forgot-text-2 = In deze oefening staat uw wachtwoord op de oefenkaart.
digid-forgot-back = Terug naar inloggen

## Postvak (nepberichten herkennen)
inbox-address = mail.oefenen.test/postvak-in
inbox-title = Postvak IN
inbox-from = Van
inbox-subject = Onderwerp
inbox-back = Terug naar Postvak IN
inbox-back-message = Terug naar het bericht
inbox-email = E-mail
inbox-sms = Sms
inbox-digid-sms-from = DigiD
inbox-digid-sms-subject = Sms
inbox-digid-sms-body = Uw DigiD verloopt vandaag! Verleng hem nu via de link. Anders wordt hij geblokkeerd.
inbox-pharmacy-ready-from = Apotheek De Linde
inbox-pharmacy-ready-subject = Uw herhaalrecept ligt klaar
inbox-pharmacy-ready-body = Beste Noor Oefenaar, uw medicijnen liggen klaar. U kunt ze ophalen vanaf morgen 10.00 uur. Met vriendelijke groet, Apotheek De Linde.
inbox-digid-qr-from = DigiD (info@digid-veilig.example)
inbox-digid-qr-subject = Koppel uw DigiD app
inbox-digid-qr-body = Scan de QR-code hieronder met uw telefoon. Zo blijft uw DigiD actief.
inbox-gp-portal-from = Huisartsenpraktijk Oefendorp
inbox-gp-portal-subject = Nieuw bericht in uw patiëntenportaal
inbox-gp-portal-body = Er staat een nieuw bericht voor u klaar. Log in via de app of de website van de praktijk.
inbox-pharmacy-pay-from = Apotheek
inbox-pharmacy-pay-subject = Sms
inbox-pharmacy-pay-body = Uw medicijnen zijn tegengehouden. Betaal binnen 24 uur € 1,95 via de link.
inbox-gp-threat-from = Huisarts
inbox-gp-threat-subject = Sms
inbox-gp-threat-body = Uw dossier wordt gesloten. Bevestig binnen 24 uur uw gegevens. Anders wordt u uitgeschreven.
inbox-digid-activated-from = DigiD
inbox-digid-activated-subject = Uw DigiD is geactiveerd
inbox-digid-activated-body = U heeft uw DigiD geactiveerd. Was u dit niet? Bel dan de DigiD-helpdesk. Het nummer staat op de website van DigiD.
fake-page-title = Inloggen met DigiD
fake-page-text = Log in om uw DigiD te verlengen.
