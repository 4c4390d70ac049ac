## Apotheek Oefenanker: de app van de apotheek en de afhaalkluis.
## Oefentekst in het Nederlands, zoals de echte dienst. Nep-gegevens.

pharmacy-name = Apotheek Oefenanker
pharmacy-address-store = Oefenwinkel (apps)
pharmacy-address-app = App: Apotheek Oefenanker
pharmacy-address-locker = Afhaalkluis, Apotheek Oefenanker
pharmacy-back = Terug
pharmacy-next = Volgende
pharmacy-chosen = Gekozen

pharmacy-store-title = Oefenwinkel
pharmacy-store-text = Zoek de app van je apotheek. Kijk goed wie de app maakt.
pharmacy-store-maker = Door: Apotheek Oefenanker
pharmacy-store-other = Apotheek Oefenanker Plus
pharmacy-store-other-maker = Door: Medi Oefendeals BV
pharmacy-store-install = Installeren
pharmacy-store-open = Openen

pharmacy-welcome-title = Welkom bij Apotheek Oefenanker
pharmacy-welcome-text = Koppel eerst je apotheek. Dan zie je je medicijnen.
pharmacy-welcome-link = Apotheek koppelen

pharmacy-link-title = Apotheek koppelen
pharmacy-link-text = Je hebt een bon van de apotheek gekregen. Daarop staat je koppelcode.
pharmacy-link-code = Koppelcode
pharmacy-link-code-hint = 9 tekens, van de bon. Spaties mogen.
pharmacy-link-birth = Geboortedatum
pharmacy-link-birth-hint = Bijvoorbeeld 14-05-1958.
pharmacy-link-submit = Koppelen

pharmacy-home-title = Apotheek Oefenanker
pharmacy-home-order = Je bestelling: { $status }
pharmacy-tile-medicines = Mijn medicijnen
pharmacy-tile-order = Herhaalrecept bestellen
pharmacy-tile-status = Mijn bestelling
pharmacy-tile-reminder = Herinneringen

pharmacy-medicines-title = Mijn medicijnen
pharmacy-medicines-text = Dit gebruik je nu. Zo neem je het in.
pharmacy-med-omeprazol = Omeprazol 20 mg, capsule
pharmacy-med-omeprazol-use = 1 keer per dag 1 capsule, voor het ontbijt.
pharmacy-med-metformine = Metformine 500 mg, tablet
pharmacy-med-metformine-use = 2 keer per dag 1 tablet, bij het eten.
pharmacy-med-amlodipine = Amlodipine 5 mg, tablet
pharmacy-med-amlodipine-use = 1 keer per dag 1 tablet.
pharmacy-med-atorvastatine = Atorvastatine 20 mg, tablet
pharmacy-med-atorvastatine-use = 1 keer per dag 1 tablet. Eerst controle bij de huisarts.

pharmacy-order-title = Herhaalrecept bestellen
pharmacy-order-text = Kies wat je opnieuw nodig hebt.
pharmacy-pickup-title = Hoe krijg je je medicijnen?
pharmacy-pickup-locker = Afhaalkluis
pharmacy-pickup-locker-hint = Dag en nacht open. Je krijgt een code per sms.
pharmacy-pickup-counter = Aan de balie
pharmacy-pickup-counter-hint = Tijdens openingstijden. Neem je ID-bewijs mee.
pharmacy-pickup-delivery = Thuisbezorgen
pharmacy-pickup-delivery-hint = De bezorger komt bij je thuis.
pharmacy-summary-title = Controleer je bestelling
pharmacy-summary-how = Ophalen: { $how }
pharmacy-summary-hint = Klopt alles? Verstuur dan je bestelling. Het duurt meestal 2 werkdagen.
pharmacy-summary-send = Bestelling versturen

pharmacy-status-title = Mijn bestelling
pharmacy-status-none = Je hebt nog niets besteld.
pharmacy-status-received = Ontvangen
pharmacy-status-in-progress = In behandeling
pharmacy-status-ready = Klaar om op te halen
pharmacy-status-on-the-way = Onderweg
pharmacy-status-collected = Opgehaald
pharmacy-status-delivered = Bezorgd
pharmacy-status-not-yet = (nog niet)
pharmacy-status-code-sent = Je code staat in de sms. De code werkt 7 dagen.
pharmacy-status-expired = Je code is verlopen. Vraag een nieuwe code.
pharmacy-status-new-code = Stuur mij een nieuwe code

pharmacy-sms-ready = Uw afhaalcode is { $code }. Uw medicijnen liggen klaar in de afhaalkluis. De code werkt 7 dagen.
pharmacy-sms-counter = Uw medicijnen liggen klaar aan de balie. Neem uw ID-bewijs mee.
pharmacy-sms-delivered = Uw medicijnen zijn bezorgd. Goed bewaren, buiten bereik van kinderen.

pharmacy-reminder-title = Herinneringen
pharmacy-reminder-text = Krijg een seintje als je omeprazol moet innemen.
pharmacy-reminder-when = Hoe laat?
pharmacy-reminder-save = Herinnering opslaan
pharmacy-reminder-saved = Herinnering staat aan: elke dag om { $time }.
pharmacy-reminder-notice = Tijd voor je medicijn: omeprazol 20 mg, 1 capsule.
pharmacy-reminder-taken = Ingenomen
pharmacy-reminder-done = Goed gedaan
pharmacy-reminder-done-text = Je hebt je medicijn ingenomen. Morgen krijg je weer een seintje.

pharmacy-locker-brand = Afhaalkluis Apotheek Oefenanker
pharmacy-locker-title = Typ je afhaalcode
pharmacy-locker-keypad = Cijfers
pharmacy-locker-clear = Wissen
pharmacy-locker-back = Terug
pharmacy-locker-ok = OK
pharmacy-locker-open = Vak { $door } gaat open.
pharmacy-locker-bag = Noor Oefenaar
pharmacy-locker-take = Medicijnen pakken en vak sluiten
pharmacy-locker-done = Klaar
pharmacy-locker-done-text = Je hebt je medicijnen. Het vak is dicht.

pharmacy-receipt-title = Bon van de apotheek
pharmacy-receipt-text = Koppelcode voor de app:

pharmacy-error-wrong-app = Deze app is niet van je apotheek. Kijk naar de maker. Kies de app van Apotheek Oefenanker.
pharmacy-error-code-missing = Vul de koppelcode in. Die staat op de bon van de apotheek.
pharmacy-error-code-wrong = Deze koppelcode klopt niet. Kijk goed op de bon en typ hem opnieuw.
pharmacy-error-birth-missing = Vul je geboortedatum in.
pharmacy-error-birth-short-year = Schrijf het jaar met 4 cijfers, zoals 1958.
pharmacy-error-birth-format = Deze datum kunnen we niet lezen. Schrijf hem zo: 14-05-1958.
pharmacy-error-birth-wrong = Deze geboortedatum hoort niet bij deze koppelcode. Kijk op de oefenkaart.
pharmacy-error-needs-check = Dit medicijn kun je nu niet herhalen. Eerst controle bij de huisarts. Bel de praktijk.
pharmacy-error-nothing-picked = Kies minstens 1 medicijn.
pharmacy-error-pickup-missing = Kies hoe je je medicijnen krijgt.
pharmacy-error-locker-empty = Typ eerst je code. Die staat in de sms.
pharmacy-error-locker-wrong = Deze code klopt niet. Kijk goed in de sms en probeer opnieuw.
pharmacy-error-locker-old = Dit is een oude code. Gebruik de code uit de nieuwste sms.
pharmacy-error-locker-expired = Deze code is verlopen. Vraag in de app een nieuwe code. Of vraag het aan de balie.
pharmacy-error-nothing-waiting = Er ligt niets voor je klaar in de kluis.
pharmacy-error-too-long = Dit is te lang. Het laatste stuk is weggelaten.

## Mijn Oefendal: het patiëntportaal van Ziekenhuis Oefendal, en de aanmeldzuil in de hal.
## Oefentekst in het Nederlands, zoals de echte dienst. Nep-gegevens.

hospital-name = Mijn Oefendal
hospital-brand = Ziekenhuis Oefendal
hospital-address = mijn.oefendal.example
hospital-address-kiosk = Aanmeldzuil, hal van Ziekenhuis Oefendal
hospital-start-title = Welkom bij Mijn Oefendal
hospital-start-text = Hier ziet u uw afspraken, vragenlijsten, brieven en uitslagen van Ziekenhuis Oefendal.
hospital-digid-login = Inloggen met DigiD
hospital-start-help = Lukt inloggen niet? Bel de afdeling Patiëntenservice: 0000-000 000 (oefennummer).
hospital-logged-out-title = U bent uitgelogd
hospital-logged-out-text = Uw antwoorden zijn bewaard. Log opnieuw in om verder te gaan.
hospital-menu-label = Menu van Mijn Oefendal
hospital-menu-home = Start
hospital-menu-appointments = Afspraken
hospital-menu-tasks = Taken
hospital-menu-results = Uitslagen
hospital-menu-letters = Brieven
hospital-menu-messages = Berichten
hospital-logout = Uitloggen
hospital-back = Terug
hospital-hello = Goedemorgen, { $name }
hospital-today = Vandaag: { $day }
hospital-day-0 = maandag 7 december
hospital-day-1 = dinsdag 8 december
hospital-home-task = U heeft 1 taak: een vragenlijst voor uw afspraak.
hospital-home-no-task = U heeft geen open taken.
hospital-home-next = Uw volgende afspraak: { $when }
hospital-badge-new = nieuw
hospital-badge-open = 1 open

## Afspraken

hospital-appointments-title = Mijn afspraken
hospital-how-hospital = In het ziekenhuis
hospital-how-phone = Telefonisch
hospital-how-video = Beeldbellen
hospital-appt-cardio = Polikliniek Cardiologie
hospital-appt-cardio-when = dinsdag 8 december, 10:30
hospital-appt-cardio-about = Meld u aan bij de aanmeldzuil in de hal. Neem uw identiteitsbewijs en uw medicijnenlijst mee.
hospital-appt-phone = Uitslag bespreken, Cardiologie
hospital-appt-phone-when = maandag 21 december, 14:00
hospital-appt-phone-about = De arts belt u. Houd uw telefoon bij de hand. Het nummer is afgeschermd.
hospital-appt-video = Diëtist
hospital-appt-video-when = donderdag 14 januari, 09:15
hospital-appt-video-about = U krijgt een link per e-mail. Open die 5 minuten voor de afspraak.
hospital-where = Waar: route 42, wachtkamer B
hospital-check-in = Inchecken
hospital-check-in-hint = Inchecken kan op de dag van uw afspraak. Dan hoeft u niet naar de aanmeldzuil.
hospital-qr-title = U bent ingecheckt
hospital-qr-text = Scan deze QR-code bij de aanmeldzuil in de hal. Dan krijgt u een bonnetje met uw nummer.
hospital-qr-label = QR-code om in te checken
hospital-qr-content = OEFENDAL-CHECKIN-C023

## Taken: de vragenlijst

hospital-tasks-title = Mijn taken
hospital-task-name = Vragenlijst voor uw bezoek aan Cardiologie
hospital-task-todo = Nog invullen
hospital-task-busy = Bezig: { $answered } van { $total } vragen beantwoord
hospital-task-sent = Verstuurd. Dank u wel.
hospital-task-start = Invullen
hospital-task-continue = Verder invullen
hospital-progress = Vraag { $n } van { $total }
hospital-next = Volgende
hospital-previous = Vorige
hospital-save-later = Opslaan en later verder
hospital-to-review = Naar controleren
hospital-answer-label = Uw antwoord
hospital-q-feel = Hoe voelt u zich op dit moment?
hospital-q-feel-good = Goed
hospital-q-feel-fair = Gaat wel
hospital-q-feel-bad = Slecht
hospital-q-pain = Heeft u de laatste tijd pijn op de borst?
hospital-q-pain-hint = Bij veel pijn op de borst: bel direct 112.
hospital-q-no = Nee
hospital-q-sometimes = Soms
hospital-q-often = Vaak
hospital-q-smoke = Rookt u?
hospital-q-smoke-never = Nee, nooit
hospital-q-smoke-before = Vroeger wel
hospital-q-smoke-yes = Ja
hospital-q-medicines = Welke medicijnen gebruikt u?
hospital-q-medicines-hint = Schrijf de namen op. Gebruikt u geen medicijnen? Schrijf dan: geen.
hospital-q-ask = Wilt u iets vragen aan de arts?
hospital-q-ask-hint = Dit mag u leeg laten.
hospital-q-empty = (niet ingevuld)
hospital-review-title = Controleer uw antwoorden
hospital-review-text = Klopt alles? Verstuur de vragenlijst. Daarna kunt u niets meer veranderen.
hospital-change = Wijzigen
hospital-send = Versturen
hospital-sent-title = De vragenlijst is verstuurd
hospital-sent-text = De arts leest uw antwoorden voor uw afspraak. U hoeft niets meer te doen.

## Uitslagen, brieven, berichten

hospital-results-title = Mijn uitslagen
hospital-results-practice = Oefenwaarden, geen echte uitslag.
hospital-results-not-discussed = Nog niet besproken met uw arts. Uw arts legt de uitslag uit bij uw afspraak.
hospital-results-test = Onderzoek
hospital-results-value = Uitslag
hospital-results-range = Normaal
hospital-result-chol = Totaal cholesterol
hospital-result-chol-range = lager dan 5,0
hospital-result-chol-value = 5,6 mmol/L
hospital-result-chol-flag = hoger dan normaal
hospital-result-potassium = Kalium
hospital-result-potassium-value = 4,3 mmol/L
hospital-result-potassium-range = 3,5 tot 5,0
hospital-result-crp = CRP
hospital-result-crp-value = 3 mg/L
hospital-result-crp-range = lager dan 10
hospital-letters-title = Mijn brieven
hospital-letter-name = Bevestiging van uw afspraak
hospital-letter-date = 30 november
hospital-letter-open = Brief openen
hospital-letter-from = Ziekenhuis Oefendal, Polikliniek Cardiologie
hospital-letter-to = Aan: { $name }
hospital-letter-greeting = Geachte mevrouw Oefenaar,
hospital-letter-body = U heeft een afspraak bij Polikliniek Cardiologie. Dat is op dinsdag 8 december om 10:30. Vul vóór uw bezoek de vragenlijst in Mijn Oefendal in. Meld u die dag aan bij de zuil in de hal. Of check thuis in via Mijn Oefendal.
hospital-letter-bring = Neem mee: uw identiteitsbewijs en een lijst van uw medicijnen.
hospital-letter-cancel = Kunt u niet komen? Bel ons dan minstens 24 uur van tevoren.
hospital-letter-close = Met vriendelijke groet, Polikliniek Cardiologie
hospital-messages-title = Mijn berichten
hospital-message-name = Welkom bij Mijn Oefendal
hospital-message-open = Bericht lezen
hospital-message-from = Van: Polikliniek Cardiologie
hospital-message-body = Hier kunt u ons een vraag stellen. Wij antwoorden binnen 3 werkdagen. Bij spoed belt u ons, of 112.

## De aanmeldzuil in de hal

hospital-kiosk-title = Welkom in Ziekenhuis Oefendal
hospital-kiosk-text = Meld u hier aan. Houd uw identiteitsbewijs of uw QR-code voor de scanner.
hospital-kiosk-scanner = Scanner
hospital-scan-card = Oefenkaart scannen (als identiteitsbewijs)
hospital-scan-bank = Bankpas scannen
hospital-scan-qr = QR-code op de telefoon scannen
hospital-kiosk-found = Goedemorgen, { $name }. Dit is uw afspraak van vandaag:
hospital-kiosk-confirm = Aanmelden
hospital-ticket-label = Uw bonnetje
hospital-ticket-number = Uw nummer
hospital-ticket-route = Volg route 42 naar Polikliniek Cardiologie. Ga in wachtkamer B zitten.
hospital-ticket-screen = Let op het scherm in de wachtkamer. Daar ziet u uw nummer als u aan de beurt bent.
hospital-take-ticket = Bonnetje pakken
hospital-done-title = U bent aangemeld
hospital-done-text = Loop naar route 42. Vraag het aan een vrijwilliger als u de weg niet weet.
hospital-kiosk-help = Lukt het niet? Vraag hulp aan de balie in de hal.

## Foutmeldingen en vragen

hospital-error-no-answer = Kies of typ eerst een antwoord. Daarna kunt u verder.
hospital-error-too-early = Inchecken kan nog niet. Dat kan op de dag van uw afspraak: dinsdag 8 december.
hospital-error-wrong-day = U heeft vandaag geen afspraak. Uw afspraak is op dinsdag 8 december. Vraag het aan de balie als u twijfelt.
hospital-error-bank-card = Dit is uw bankpas. Die leest de zuil niet. Scan uw identiteitsbewijs of uw QR-code.
hospital-error-no-qr = U heeft nog geen QR-code. Check eerst in via Mijn Oefendal. Of scan uw identiteitsbewijs.
hospital-error-too-long = Dit is te lang. Het laatste stuk is weggelaten.
hospital-idle-title = Wilt u ingelogd blijven?
hospital-idle-text = U heeft 15 minuten niets gedaan. Over 1 minuut wordt u uitgelogd. Uw antwoorden zijn bewaard.
hospital-idle-stay = Ja, ingelogd blijven
hospital-counter = { $count } van { $max } tekens

## Oefenverwijzing: een verwijzing van de huisarts, per e-mail met een link.
## Oefentekst in het Nederlands, zoals de echte dienst. Nep-gegevens.

referral-name = Oefenverwijzing
referral-address-mail = Oefenmail: Postvak IN
referral-address-web = oefenverwijzing.example/bericht
referral-inbox-title = Postvak IN
referral-mail-from = Oefenverwijzing, namens uw huisarts
referral-mail-subject = Uw verwijzing staat klaar
referral-mail-date = vandaag, 09:12
referral-mail-hello = Beste heer of mevrouw,
referral-mail-text = Uw huisarts heeft een verwijzing gemaakt. Bekijk de verwijzing met de link hieronder.
referral-mail-link = Bekijk de verwijzing
referral-mail-safe = Wij vragen nooit om uw wachtwoord. Twijfelt u? Bel uw huisarts.
referral-gate-title = Verwijzing bekijken
referral-gate-text = Vul de geboortedatum in van de persoon die is verwezen.
referral-birth = Geboortedatum (dd-mm-jjjj)
referral-birth-hint = Bijvoorbeeld: 21-03-1990
referral-birth-submit = Bekijken
referral-back = Terug
referral-message-title = Uw verwijzing
referral-for = Verwijzing voor: { $name }
referral-to = Naar: de kinderarts
referral-reference = Verwijsnummer: { $number }
referral-reference-hint = Noem dit nummer als u belt.
referral-how-title = Zo maakt u een afspraak
referral-how-text = Kies waar u naartoe wilt.
referral-online = Ziekenhuis Oefendal
referral-online-hint = Kies zelf online een dag en tijd.
referral-phone = Kliniek Oefenduin
referral-phone-hint = Maak een afspraak door te bellen.
referral-prepare-title = Zo bereidt u zich voor
referral-prepare-card = Neem de zorgpas en het identiteitsbewijs van uw kind mee.
referral-prepare-medicines = Neem een lijst mee van de medicijnen van uw kind.
referral-prepare-questions = Schrijf uw vragen vooraf op.
referral-silent = Hoort u na 5 werkdagen niets? Bel dan het ziekenhuis.
referral-phone-title = Bel Kliniek Oefenduin
referral-phone-text = Deze kliniek maakt afspraken niet online. Bel op werkdagen tussen 08:30 en 17:00.
referral-phone-number = 0000-000 000 (oefennummer)
referral-phone-quote = Noem uw verwijsnummer: { $number }
referral-slots-title = Kies een dag en tijd
referral-slots-text = Kinderarts, Ziekenhuis Oefendal.
referral-day-0 = maandag 14 december
referral-day-1 = dinsdag 15 december
referral-free = vrij
referral-gone = bezet
referral-check-title = Klopt deze afspraak?
referral-check-when = { $day } om { $time }
referral-check-where = Kinderarts, Ziekenhuis Oefendal, route 12
referral-confirm = Afspraak maken
referral-booked-title = Uw afspraak is gemaakt
referral-booked-text = U krijgt een bevestiging per e-mail. Kom 10 minuten voor de afspraak.
referral-error-birth-missing = Vul de geboortedatum in.
referral-error-birth-short-year = Schrijf het jaar met 4 cijfers, zoals 1990.
referral-error-birth-format = Deze datum kunnen we niet lezen. Schrijf hem zo: 21-03-1990.
referral-error-own-birth = Dit is uw eigen geboortedatum. Maar de verwijzing is niet voor u. Is hij voor uw kind? Vul dan de geboortedatum van uw kind in.
referral-error-birth-wrong = Deze geboortedatum hoort niet bij de verwijzing. Kijk goed. Lukt het niet? Bel uw huisarts.
referral-error-too-long = Dit is te lang. Het laatste stuk is weggelaten.

## Oefenprik: de uitnodiging voor de griepprik, en de website om de afspraak te verzetten of af te zeggen.
## Oefentekst in het Nederlands, zoals de echte dienst. Nep-gegevens.

vaccination-name = Oefenprik
vaccination-address-letter = Brievenbus: uw post
vaccination-address-web = oefenprik.example/afspraak
vaccination-letter-label = Brief: uitnodiging voor de griepprik
vaccination-letter-from = Oefenprik, de vaccinatiedienst
vaccination-letter-title = Uitnodiging voor de griepprik
vaccination-letter-hello = Beste mevrouw Oefenaar,
vaccination-letter-text = U krijgt dit jaar een gratis griepprik. Wij hebben een afspraak voor u gepland.
vaccination-planned-when = donderdag 10 december, 10:40
vaccination-planned-where = Sporthal De Oefenhoek, Oefenlaan 3, Oefendorp
vaccination-letter-keep = Past deze afspraak? Dan hoeft u niets te doen.
vaccination-letter-change = Past het niet? Verzet of zeg de afspraak af op oefenprik.example. Log in met DigiD.
vaccination-letter-phone = Geen DigiD? Bel 0800-000 0000 (oefennummer).
vaccination-bring-title = Neem mee
vaccination-bring-letter = Deze brief.
vaccination-bring-id = Uw identiteitsbewijs.
vaccination-bring-sleeve = Draag kleding met een mouw die makkelijk omhoog gaat.
vaccination-to-website = Naar oefenprik.example
vaccination-start-title = Uw afspraak voor de griepprik
vaccination-start-text = Log in. Dan kunt u uw afspraak verzetten of afzeggen.
vaccination-digid-login = Inloggen met DigiD
vaccination-back = Terug
vaccination-eligible-title = Eerst een vraag
vaccination-eligible-question = Heeft u een uitnodigingsbrief voor de griepprik gekregen?
vaccination-yes = Ja
vaccination-no = Nee
vaccination-next = Verder
vaccination-appointment-title = Uw afspraak
vaccination-appointment-text = Wat wilt u doen?
vaccination-keep = Afspraak houden
vaccination-keep-hint = U komt op de geplande dag en tijd.
vaccination-change = Afspraak verzetten
vaccination-change-hint = Kies een andere dag of tijd.
vaccination-cancel = Afspraak afzeggen
vaccination-cancel-hint = U wilt geen griepprik.
vaccination-slots-title = Kies een nieuwe dag en tijd
vaccination-slots-text = Sporthal De Oefenhoek, Oefendorp.
vaccination-day-0 = vrijdag 11 december
vaccination-day-1 = maandag 14 december
vaccination-free = vrij
vaccination-gone = bezet
vaccination-check-title = Klopt de nieuwe afspraak?
vaccination-check-when = { $day } om { $time }
vaccination-confirm = Afspraak verzetten
vaccination-cancel-title = Weet u zeker dat u wilt afzeggen?
vaccination-cancel-text = U krijgt dan geen griepprik. Een nieuwe afspraak kan later altijd nog.
vaccination-cancel-yes = Ja, afzeggen
vaccination-cancel-no = Nee, terug
vaccination-kept-title = Uw afspraak blijft staan
vaccination-changed-title = Uw afspraak is verzet
vaccination-cancelled-title = Uw afspraak is afgezegd
vaccination-cancelled-text = Toch een prik? Maak hier een nieuwe afspraak, of bel ons.
vaccination-error-no-answer = Kies eerst Ja of Nee.
vaccination-error-no-invitation = Zonder uitnodigingsbrief kunt u hier geen afspraak maken. Heeft u toch een brief? Kies dan Ja. Twijfelt u? Bel 0800-000 0000 (oefennummer).
