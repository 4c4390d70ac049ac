# The practice GP portal, in two looks. Dutch in every interface language,
# like the real portals. Invented names always contain "Oefen".

gp-name = Huisartsportaal (oefenen)
gp-praktijk-brand = Mijn Oefenpraktijk
gp-zorg-brand = Oefenzorg Online
gp-praktijk-address = mijn.oefenpraktijk.example
gp-zorg-address = oefenzorg-online.example
gp-practice-name = Huisartsenpraktijk De Oefenlinde
gp-practice-phone = Telefoon praktijk: 0000 - 00 00 00 (oefennummer)
gp-pharmacy = Apotheek Oefenanker
gp-pharmacy-address = Oefenstraat 1, Oefendorp

## Words that differ between the two looks

gp-praktijk-ask = Vraag stellen
gp-zorg-ask = eConsult
gp-praktijk-book = Afspraak maken
gp-zorg-book = Webagenda
gp-praktijk-repeat = Herhaalrecept
gp-zorg-repeat = Medicijnen bestellen
gp-praktijk-messages = Berichten
gp-zorg-messages = Postvak IN
gp-praktijk-appointments = Mijn afspraken
gp-zorg-appointments = Afspraken
gp-praktijk-orders = Mijn aanvragen
gp-zorg-orders = Bestellingen
gp-praktijk-medication = Medicijnen
gp-zorg-medication = Medicatieoverzicht
gp-praktijk-results = Uitslagen
gp-zorg-results = Labuitslagen
gp-praktijk-home = Home
gp-zorg-home = Overzicht
gp-praktijk-logout = Uitloggen
gp-zorg-logout = Afmelden
gp-praktijk-send = Versturen
gp-zorg-send = Verzenden
gp-praktijk-next = Volgende
gp-zorg-next = Verder
gp-praktijk-menu = Menu
gp-zorg-menu = Onderdelen

## Login and first visit

gp-start-title = Inloggen
gp-start-text = Log in om uw gegevens te zien. Dat gaat veilig met DigiD.
gp-digid-login = Inloggen met DigiD
gp-own-login = Inloggen met e-mailadres
gp-own-login-text = Geen DigiD? Log in met uw e-mailadres en wachtwoord. U krijgt dan een code.
gp-own-title = Inloggen met uw account
gp-own-email = E-mailadres
gp-own-password = Wachtwoord
gp-own-submit = Inloggen
gp-own-code-title = Vul de code in
gp-own-code-text = We hebben een code van 6 cijfers naar u gestuurd. Kijk op uw telefoon.
gp-own-code = Code (6 cijfers)
gp-own-resend = Stuur een nieuwe code
gp-own-code-message = Uw inlogcode is { $code }. Geef deze code aan niemand.
gp-start-help = Lukt inloggen niet? Bel de praktijk. Wij helpen u graag.
gp-logged-out-title = U bent uitgelogd
gp-logged-out-text = Uw gegevens zijn veilig. Log opnieuw in als u verder wilt.
gp-terms-title = Welkom! Lees eerst de voorwaarden
gp-terms-text = U ziet hier uw eigen medische gegevens. Houd uw inloggegevens geheim. Log altijd uit op een computer van een ander.
gp-terms-tick = Ik heb de voorwaarden gelezen en ga akkoord
gp-mobile-title = Klopt uw mobiele nummer?
gp-mobile-text = Op dit nummer krijgt u een bericht als er iets nieuws is.
gp-mobile-number = 06 - 00 00 00 00
gp-mobile-right = Ja, dit klopt
gp-mobile-wrong = Klopt het niet? Pas het aan bij de praktijk.
gp-welcome = Welkom, { $name }
gp-viewing = Ik bekijk de gegevens van:
gp-person-me = Noor Oefenaar (ikzelf)
gp-person-child = Sami Oefenaar (kind, 05-09-2016)
gp-child-note = U ziet de gegevens van uw kind. De praktijk heeft u daarvoor toestemming gegeven.
gp-back = Terug
gp-idle-title = Wilt u ingelogd blijven?
gp-idle-text = U heeft 15 minuten niets gedaan. Over 1 minuut wordt u uitgelogd. Zo blijven uw gegevens veilig.
gp-idle-stay = Ja, ingelogd blijven
gp-new-badge = nieuw
gp-overview-new-message = U heeft een nieuw bericht.

## Ask the GP a question

gp-ask-warning-title = Is het dringend?
gp-ask-warning-urgent = Heeft u vandaag hulp nodig? Stel dan geen vraag hier. Bel de praktijk.
gp-ask-warning-112 = Is het levensgevaarlijk? Bel 112.
gp-ask-warning-time = De huisarts antwoordt binnen 2 werkdagen.
gp-ask-on = Het is niet dringend, ga verder
gp-ask-subject = Waar gaat uw vraag over?
gp-subject-medicine = Medicijnen
gp-subject-result = Een uitslag
gp-subject-skin = Huid of wondje
gp-subject-other = Iets anders
gp-ask-question = Uw vraag
gp-ask-question-hint = Schrijf kort wat er is en sinds wanneer.
gp-ask-counter = { $count } van { $max } tekens
gp-ask-photo = Foto toevoegen
gp-ask-photo-hint = Een foto mag, maar hoeft niet.
gp-ask-photo-remove = Foto weghalen
gp-gallery-title = Kies een foto (oefenfoto's)
gp-gallery-close = Geen foto kiezen
gp-photo-arm = Foto van een arm met rode plek
gp-photo-hand = Foto van een hand met een wondje
gp-photo-plant = Foto van een plant
gp-ask-photo-added = Foto toegevoegd: { $photo }
gp-ask-sent-title = Uw vraag is verstuurd
gp-ask-sent-text = De huisarts leest uw vraag. U krijgt binnen 2 werkdagen antwoord.
gp-ask-sent-notice = U krijgt een bericht op uw telefoon als het antwoord klaar is. Het antwoord zelf leest u hier.
gp-notice-from = Mijn huisarts
gp-notice-reply = Er staat een nieuw bericht voor u klaar. Log in om het te lezen.
gp-messages-empty = U heeft geen nieuwe berichten.
gp-messages-waiting = Uw vraag is verstuurd. Het antwoord komt binnen 2 werkdagen.
gp-reply-subject = Antwoord op uw vraag
gp-reply-from = Van: huisarts Dokter Bakker
gp-reply-text = Beste mevrouw Oefenaar, dank voor uw vraag. Jeukt de plek niet en wordt hij niet groter? Dan is het meestal onschuldig. Wordt de plek groter, of krijgt u koorts? Maak dan een afspraak. Met vriendelijke groet, Dokter Bakker.

## Appointment

gp-book-reason = Waarvoor wilt u een afspraak?
gp-book-reason-hint = Kort, bijvoorbeeld: hoesten sinds een week. De assistent leest mee.
gp-book-who = Bij wie wilt u een afspraak?
gp-who-gp = Dokter Bakker
gp-who-gp-role = Huisarts. Alleen via de telefoon.
gp-who-trainee = Dokter El Amrani
gp-who-trainee-role = Huisarts in opleiding. Online te boeken.
gp-who-nurse = Sanne Visser
gp-who-nurse-role = Praktijkondersteuner, voor controles. Online te boeken.
gp-book-slot = Kies een dag en tijd
gp-book-slot-free = vrij
gp-book-slot-taken = bezet
gp-day-0 = Vandaag
gp-day-1 = Dinsdag 1 december
gp-day-2 = Woensdag 2 december
gp-day-3 = Donderdag 3 december
gp-book-check = Klopt alles?
gp-book-check-reason = Reden
gp-book-check-who = Bij
gp-book-check-when = Wanneer
gp-book-confirm = Afspraak bevestigen
gp-booked-title = Uw afspraak staat vast
gp-booked-text = Kunt u niet komen? Zeg de afspraak minstens 24 uur van tevoren af.
gp-appointments-empty = U heeft geen afspraken.
gp-appointment-cancel = Afspraak afzeggen
gp-cancel-check = Wilt u deze afspraak echt afzeggen?
gp-cancel-yes = Ja, afzeggen
gp-cancel-no = Nee, houden
gp-cancelled-title = Uw afspraak is afgezegd
gp-cancelled-text = U hoeft niets meer te doen. U kunt altijd een nieuwe afspraak maken.

## Repeat prescription and medication

gp-repeat-title = Welke medicijnen wilt u bestellen?
gp-repeat-text = Zet een vinkje bij wat u wilt. Wij sturen het recept naar uw apotheek.
gp-repeat-pharmacy = Uw apotheek
gp-repeat-note = Opmerking voor de huisarts (mag, hoeft niet)
gp-repeat-sent-title = Uw aanvraag is verstuurd
gp-repeat-sent-text = De huisarts kijkt naar uw aanvraag. Meestal ligt het over 2 werkdagen klaar bij de apotheek.
gp-repeat-sent-notice = U krijgt een sms van de apotheek als het klaar is.
gp-orders-empty = U heeft nog niets besteld.
gp-order-requested = Aangevraagd
gp-order-in-progress = In behandeling
gp-order-ready = Klaar bij de apotheek
gp-notice-ready = Uw medicijnen liggen klaar. Neem uw pas mee.
gp-medication-text = Dit zijn uw medicijnen. Zo neemt u ze in.
gp-medication-none = Geen medicijnen bekend.
gp-med-omeprazol = Omeprazol 20 mg, capsule
gp-med-omeprazol-use = 1 keer per dag 1 capsule, voor het ontbijt.
gp-med-metformine = Metformine 500 mg, tablet
gp-med-metformine-use = 2 keer per dag 1 tablet, bij het eten.
gp-med-amlodipine = Amlodipine 5 mg, tablet
gp-med-amlodipine-use = 1 keer per dag 1 tablet.
gp-med-atorvastatine = Atorvastatine 20 mg, tablet
gp-med-atorvastatine-use = 1 keer per dag 1 tablet. Eerst controle nodig.
gp-med-salbutamol = Salbutamol inhalator 100 microgram
gp-med-salbutamol-use = Als het nodig is: 1 of 2 pufjes.
gp-med-cetirizine = Cetirizine 10 mg, tablet
gp-med-cetirizine-use = 1 keer per dag 1 tablet, bij hooikoorts.

## Results

gp-results-practice = Oefenwaarden — geen echte uitslag
gp-results-text = Tik op een uitslag voor uitleg.
gp-results-none = Er zijn geen uitslagen.
gp-result-value = Uitslag
gp-result-range = Normaal bereik
gp-result-means = Wat betekent dit?
gp-result-doctor = De huisarts zegt
gp-range-within = Binnen het normale bereik
gp-range-low = Lager dan normaal
gp-range-high = Hoger dan normaal
gp-lab-hb = Hemoglobine (Hb)
gp-lab-hb-value = 8,1 mmol/L
gp-lab-hb-range = 8,5 tot 11,0 mmol/L
gp-lab-hb-means = Hemoglobine brengt zuurstof door uw lichaam. Is het te laag? Dan kunt u moe zijn.
gp-lab-hb-doctor = Iets te laag. Maak een afspraak bij de praktijkondersteuner om het opnieuw te meten.
gp-lab-glucose = Glucose nuchter
gp-lab-glucose-value = 5,4 mmol/L
gp-lab-glucose-range = 4,0 tot 6,0 mmol/L
gp-lab-glucose-means = Dit is de suiker in uw bloed, gemeten voor het ontbijt.
gp-lab-glucose-doctor = Goed. U hoeft niets te doen.
gp-lab-chol = Totaal cholesterol
gp-lab-chol-value = 5,6 mmol/L
gp-lab-chol-range = lager dan 5,0 mmol/L
gp-lab-chol-means = Cholesterol is vet in uw bloed. Te veel is niet goed voor hart en bloedvaten.
gp-lab-chol-doctor = Iets te hoog. We bespreken dit bij uw volgende controle.
gp-lab-egfr = Nierfunctie (eGFR)
gp-lab-egfr-value = 78 mL/min
gp-lab-egfr-range = hoger dan 60 mL/min
gp-lab-egfr-means = Dit laat zien hoe goed uw nieren werken.
gp-lab-egfr-doctor = Goed. U hoeft niets te doen.
gp-lab-tsh = Schildklier (TSH)
gp-lab-tsh-value = 2,1 mU/L
gp-lab-tsh-range = 0,4 tot 4,0 mU/L
gp-lab-tsh-means = Dit laat zien hoe uw schildklier werkt.
gp-lab-tsh-doctor = Goed. U hoeft niets te doen.

## Mistakes: what went wrong, and how to fix it

gp-error-terms = U heeft nog geen vinkje gezet. Zet een vinkje bij “Ik heb de voorwaarden gelezen”. Klik dan op de knop.
gp-error-no-subject = Kies eerst waar uw vraag over gaat.
gp-error-question-empty = U heeft nog geen vraag geschreven. Schrijf uw vraag in het vak.
gp-error-question-short = Uw vraag is erg kort. Schrijf iets meer, dan kan de huisarts u helpen.
gp-error-reason-empty = Schrijf kort waarvoor u komt. Dan weet de assistent wat er nodig is.
gp-error-not-online = Bij Dokter Bakker kunt u niet online een afspraak maken. Kies iemand anders, of bel de praktijk.
gp-error-no-slot = Kies eerst een dag en tijd.
gp-error-slot-taken = Deze tijd is net door iemand anders gekozen. Kies een andere tijd.
gp-error-cancel-late = Uw afspraak is binnen 24 uur. Afzeggen kan nu alleen via de telefoon. Bel de praktijk.
gp-error-nothing-ticked = U heeft nog niets aangevinkt. Zet een vinkje bij het medicijn dat u wilt.
gp-error-checkup = Dit medicijn kunt u nu niet bestellen. Eerst moet u op controle komen. Maak een afspraak.
gp-error-own-empty = Vul uw e-mailadres en uw wachtwoord in.
gp-error-own-wrong = Het e-mailadres of het wachtwoord klopt niet. Kijk goed, of vraag de praktijk om hulp.
gp-error-code-empty = Vul de code uit het bericht in.
gp-error-code-wrong = Deze code klopt niet. Kijk naar het nieuwste bericht op uw telefoon.
gp-error-code-expired = Deze code is verlopen. Klik op “Stuur een nieuwe code”.
gp-error-too-long = Uw tekst was te lang. Het laatste stuk is weggelaten.

## The video consult in "Mijn afspraken" (opens Oefenbeeld)

gp-video-title = Beeldbellen
gp-video-when = Vandaag 10:30
gp-video-who = Dokter Bakker, videogesprek
gp-video-open = Naar het videogesprek
