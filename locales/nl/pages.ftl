start-over = Opnieuw beginnen
language-menu-label = Kies een taal
language-close = Sluiten
soon-text = Deze oefening maken we nog.
soon-text-2 = Kijk later nog eens. Of kies een andere oefening.

## Instellingen
settings-title = Instellingen
settings-intro = Maak het scherm zoals jij het prettig vindt.
settings-text-size = Grootte van de letters
settings-text-size-normal = Normaal
settings-text-size-large = Groot
settings-text-size-larger = Groter
settings-text-size-largest = Heel groot
settings-display = Weergave
settings-contrast = Hoog contrast
settings-contrast-hint = Zwart en wit, met sterke kleuren.
settings-motion = Minder beweging
settings-motion-hint = Geen bewegende plaatjes.
settings-saved = Je keuze is bewaard.
settings-saved-memory = Je keuze geldt tot je de pagina sluit.
settings-recorded = Voorlezen met opnames
settings-recorded-hint = Hier zijn opnames van de lessen in meer talen. Kies jouw taal. Is er geen opname van een stap? Dan leest het apparaat voor.
settings-recorded-none = Geen opnames: het apparaat leest voor
settings-clear-title = Alles wissen
settings-clear-text = Gebruik je een computer van iemand anders? Wis dan alles als je klaar bent.
settings-clear-button = Wis alles op dit apparaat
settings-clear-confirm = Weet je het zeker? Klik nog een keer.
settings-clear-done = Alles is gewist.
settings-clear-everyone = Dit wist de voortgang van iedereen op dit apparaat.

## Hulp
help-title = Waar krijg ik hulp?
help-intro = Je hoeft het niet alleen te doen. Vraag gerust om hulp.
help-loading = Even geduld…
help-default-library-title = In de bibliotheek
help-default-library-text = Veel bibliotheken hebben een Informatiepunt Digitale Overheid. Daar helpen ze je gratis.
help-default-family-title = Iemand die je vertrouwt
help-default-family-text = Vraag een familielid, buur of vrijwilliger. Laat ze rustig meekijken.
help-default-digid-title = Vragen over je echte DigiD
help-default-digid-text = Bel de DigiD-helpdesk. Het nummer staat op de website van DigiD.
help-host-title = Hulp bij ons
help-host-error = De hulp van deze locatie kon niet laden. Hieronder staat algemene hulp.
help-phone = Telefoon
help-address = Adres
help-hours = Open

## Over
about-title = Over Oefenplein
about-what = Op Oefenplein oefen je met digitale zorg. Bijvoorbeeld inloggen met DigiD.
about-fake = Alles is nep. De websites, de namen en de codes bestaan niet echt.
about-no-data = Vul nooit je echte gegevens in. Dat is hier niet nodig.
about-device = Niets gaat naar internet. Alles blijft op dit apparaat.
about-offline = Oefenplein werkt ook zonder internet, na het eerste bezoek.
about-free = Oefenplein is gratis. Je hebt geen account nodig.
about-clear = Je voortgang staat alleen op dit apparaat. Je kunt alles wissen bij Instellingen.

## Echte gegevens (de bewaker)
guard-title = Let op: dit lijken echte gegevens
guard-bsn = Dit lijkt op een echt burgerservicenummer (BSN).
guard-iban = Dit lijkt op een echt rekeningnummer (IBAN).
guard-email = Dit lijkt op een echt e-mailadres.
guard-mobile = Dit lijkt op een echt telefoonnummer.
guard-help = Hier oefen je alleen. Echte gegevens zijn nooit nodig. We hebben het weggehaald. Gebruik je oefenkaart.

## Oefenkaart
card-title = Oefenkaart
card-note = Deze gegevens zijn nep. Gebruik ze om te oefenen.
card-name = Naam
card-birth = Geboortedatum
card-username = Gebruikersnaam
card-password = Wachtwoord
card-email = E-mailadres
card-child = Kind
card-child-birth = Geboortedatum kind
card-show = Oefenkaart laten zien
card-hide = Oefenkaart verbergen

## Oefentelefoon
phone-title = Je telefoon (oefenen)
phone-messages = Berichten
phone-empty = Nog geen berichten.
phone-new-message = Nieuw bericht op je telefoon
phone-open = Telefoon laten zien
phone-close = Telefoon wegleggen
phone-wait = 10 minuten later
phone-wait-hint = Doe alsof er 10 minuten voorbij zijn.
phone-waited = Er zijn nu { $minutes } minuten voorbij.
phone-screen = Scherm van je telefoon
phone-wait-5 = 5 minuten later
phone-wait-5-hint = Doe alsof er 5 minuten voorbij zijn.
phone-new = Nieuw
phone-just-now = Net binnen
phone-minutes-ago = { $minutes } min. geleden
phone-banner-close = Sluiten
phone-days-ago = { $days ->
    [one] 1 dag geleden
   *[other] { $days } dagen geleden
}
phone-waited-days = { $days ->
    [one] Er is nu 1 dag voorbij.
   *[other] Er zijn nu { $days } dagen voorbij.
}
card-pin = Pincode van de app

## DigiD aanvragen: oefenkaart en brievenbus
card-bsn = Burgerservicenummer
card-street = Straat
card-house-number = Huisnummer
card-postcode = Postcode
card-town = Woonplaats
card-chosen = Dit koos je zelf:
card-chosen-username = Gebruikersnaam
card-chosen-password = Wachtwoord
letterbox-title = Je brievenbus (oefenen)
letterbox-empty = Nog geen post.
letterbox-new-letter = Er is een brief in je brievenbus.
letterbox-wait = 3 dagen later
letterbox-wait-hint = Doe alsof er 3 dagen voorbij zijn.
letterbox-waited = Er zijn nu { $days } dagen voorbij.

## Les
lesson-step-of = Stap { $step } van { $total }
lesson-where = Waar ben ik?
lesson-read-aloud = Lees voor
lesson-stop-reading = Stop met voorlezen
lesson-show-me = Laat zien
lesson-hint = Tip
lesson-previous = Vorige stap
lesson-next = Volgende stap
lesson-next-locked = Doe eerst deze stap in het oefenscherm.
lesson-restart = Opnieuw
lesson-well-done = Goed gedaan!
lesson-picture = Zo ziet het eruit
lesson-done-title = Goed gedaan!
lesson-done-text = Je hebt de les af. Je mag het zo vaak oefenen als je wilt.
lesson-done-again = Nog een keer
lesson-done-other-look = Doe het nog een keer in een ander portaal: { $look }
lesson-done-other-look-why = Elke praktijk heeft een ander portaal. De knoppen heten dan anders.
lesson-done-free = Vrij oefenen
lesson-done-next = Wat kun je nu doen?
lesson-done-next-lesson = Volgende les: { $lesson }
lesson-start = Start de les
lesson-continue = Ga verder met de les
lesson-finished-badge = Gedaan
lesson-steps-count = { $count } stappen
lesson-not-done-title = Deze les is nog niet af
lesson-not-done-text = Je hebt deze les nog niet afgemaakt. Begin bij het begin of ga verder.
lesson-resume-at = Ga verder bij stap { $step }
lesson-examples-notice = Wat je zelf koos, is niet bewaard. Je oefent verder met de voorbeelden op je oefenkaart.
lesson-examples-ok = Begrepen
lesson-put-back = Je was op een ander scherm. Het scherm staat weer bij het begin van deze stap.
card-example = Hiermee oefen je verder:
free-practice = Vrij oefenen
free-practice-text = Probeer alles zelf. Ook fouten maken mag.
free-practice-title = Vrij oefenen: { $service }
practice-area-label = Oefenscherm
lesson-step-of-nav = Stappen van de les

## Nepberichten herkennen
phishing-question = Is dit bericht echt of nep?
phishing-real = Echt
phishing-fake = Nep
phishing-right = Goed!
phishing-wrong = Nog niet goed. Probeer het nog een keer.
phishing-why-digid-sms = DigiD stuurt nooit een link per sms. Het bericht heeft ook haast.
phishing-why-pharmacy-ready = Er staat geen link in. Er wordt niet om geld of gegevens gevraagd.
phishing-why-digid-qr = DigiD stuurt nooit een QR-code per e-mail. Kijk ook naar het adres van de afzender.
phishing-why-gp-portal = Er staat geen link in. Je logt zelf in via de app of website.
phishing-why-pharmacy-pay = Een apotheek vraagt nooit om geld via een link. Zeker niet per sms.
phishing-why-gp-threat = Dit bericht dreigt en heeft haast. Dat zijn waarschuwingen. Bel bij twijfel zelf de praktijk.
phishing-why-digid-activated = Er staat geen link in. Je kunt zelf de helpdesk bellen.
phishing-wrong-digid-sms = Kijk nog eens. Deze sms heeft een link en haast. DigiD stuurt nooit een link per sms.
phishing-wrong-pharmacy-ready = Kijk nog eens. Er staat geen link in. Er wordt niets gevraagd.
phishing-wrong-digid-qr = Kijk nog eens. DigiD stuurt nooit een QR-code per e-mail. Kijk ook naar de afzender.
phishing-wrong-gp-portal = Kijk nog eens. Er staat geen link in. Je logt zelf in.
phishing-wrong-pharmacy-pay = Kijk nog eens. Ze vragen geld via een link. Dat doet een apotheek nooit.
phishing-wrong-gp-threat = Kijk nog eens. Het bericht dreigt en heeft haast. Dat zijn waarschuwingen.
phishing-wrong-digid-activated = Kijk nog eens. Er staat geen link in. Je belt zelf de helpdesk.
phishing-address-question = Kijk naar het webadres bovenaan. Klopt het?
phishing-address-right = Het webadres klopt
phishing-address-wrong = Het webadres klopt niet
phishing-address-spotted = Goed gezien! Het echte adres eindigt op digid.nl. Vul hier nooit iets in.
phishing-address-missed = Kijk nog eens. Het echte adres van DigiD eindigt op digid.nl.
phishing-score = { $right } van de { $total } goed
phishing-status-right = Goed
phishing-status-wrong = Nog niet goed
phishing-fake-qr = Een plaatje van een QR-code

## Read-aloud
read-aloud-no-voice = Dit apparaat heeft nu geen stem om voor te lezen. Probeer het later nog eens.
read-aloud-dutch-only = Dit apparaat heeft geen stem in jouw taal. Je hoort alleen de Nederlandse woorden.
read-aloud-message = Lees dit bericht voor
read-aloud-pace = Hoe snel leest Oefenplein voor?
read-aloud-pace-normal = Gewoon
read-aloud-pace-slow = Langzaam
gp-wait-days = 1 dag later
gp-wait-days-hint = Doe alsof er een dag voorbij is. Zo komt een antwoord sneller.
gp-idle-button = 15 minuten niets doen
gp-idle-button-hint = Doe alsof je 15 minuten niets doet op de website.

## Beside the video consult

video-wait-minute = 1 minuut later
video-wait-minute-hint = Doe alsof er een minuut voorbij is.
video-own-title = Probeer je eigen camera
video-own-text = Dit hoeft niet. Je ziet jezelf alleen hier. Er wordt niets opgenomen, bewaard of verstuurd.
video-own-view = Jouw eigen camera
video-own-start = Zet mijn camera aan
video-own-stop = Zet mijn camera uit
video-own-refused = De browser mag je camera niet gebruiken. Dat is goed. Oefenen kan ook zonder.
video-own-none = Er is geen camera gevonden. Dat is goed. Oefenen kan ook zonder.

## The pharmacy practice: beside the app, in the learner's language.
pharmacy-to-pharmacy = Ga naar de apotheek
pharmacy-to-phone = Terug naar je telefoon
pharmacy-wait-day = 1 dag later
pharmacy-wait-day-hint = Doe alsof er een dag voorbij is.
pharmacy-wait-week = 1 week later
pharmacy-wait-week-hint = Doe alsof er een week voorbij is.
hospital-to-hospital = Ga naar het ziekenhuis
hospital-to-home = Terug naar huis
hospital-wait-day = 1 dag later
hospital-wait-day-hint = Doe alsof het morgen is: de dag van je afspraak.
hospital-visit-day = Het is nu de dag van je afspraak.

journey-title = Je weg door de zorg
journey-text = Eerst de huisarts. Dan de apotheek. Soms daarna het ziekenhuis.
journey-step = Stap { $n }
journey-done = gedaan

## Mijn voortgang
progress-title = Mijn voortgang
progress-intro = Hier zie je wat je al geoefend hebt.
progress-counts = Brons: {$bronze} · Zilver: {$silver} · Goud: {$gold}
progress-rules-title = Zo krijg je een medaille
progress-rule-bronze = Je hebt de les gedaan.
progress-rule-silver = Je deed de les zonder “Tip” en zonder “Laat zien”.
progress-rule-gold = Daarna deed je het zelf. In “Vrij oefenen” of in een ander portaal.
progress-rules-note = Een medaille is geen examen. Je mag alles zo vaak oefenen als je wilt.
progress-lessons-title = Jouw lessen
progress-lesson-started = Bezig: stap { $step } van { $total }
progress-lesson-todo = Nog niet gedaan
progress-save-title = Bewaar je voortgang
progress-save-text = Oefen je op een computer van de bibliotheek? Die vergeet alles als je weggaat.
progress-save-text-2 = Schrijf deze code op. Of maak er een foto van.
progress-code-label = Jouw code
progress-copy = Kopieer de code
progress-copied = De code is gekopieerd.
progress-qr-label = QR-code met je voortgang
progress-qr-text = Of scan de QR-code met je telefoon. Dan gaat je voortgang mee.
progress-save-privacy = In de code staan alleen je lessen en medailles. Nooit je naam. Nooit wat je typte.
progress-restore-title = Voortgang terugzetten
progress-restore-text = Heb je een code? Typ hem hier. Wat je hier al deed, blijft ook.
progress-restore-from-link = De code uit de QR-code staat al klaar. Druk op “Zet terug”.
progress-restore-button = Zet terug
progress-restore-done = Gelukt! Je voortgang is terug.
progress-error-empty = Typ eerst je code.
progress-error-char = Het teken “{ $char }” hoort niet in een code. Kijk nog eens goed.
progress-error-short = Deze code is te kort. Er mist een stukje.
progress-error-typo = Deze code klopt niet. Misschien is één letter of cijfer anders. Kijk nog eens goed.
progress-error-newer = Deze code komt uit een nieuwere versie van Oefenplein. Deze computer kan hem nog niet lezen.
progress-error-help = Lukt het niet? Vraag hulp aan een medewerker of een vrijwilliger.
progress-certificate-text = Print een certificaat met je medailles.
progress-certificate-link = Naar het certificaat

## Wie oefent er? Meer mensen op één apparaat, elk met een eigen teken (geen namen)
learners-title = Wie oefent er?
learners-intro = Oefenen meer mensen op dit apparaat? Kies dan ieder een eigen teken.
learners-intro-2 = Zo houdt iedereen een eigen voortgang. Een naam is niet nodig.
learners-pick-title = Kies jouw teken
learners-you = Dat ben jij nu.
learners-new-title = Nieuw hier? Kies een teken
learners-symbol = Plaatje
learners-colour = Kleur
learners-preview = Zo ziet jouw teken eruit:
learners-join = Dit is mijn teken
learners-keeps = Wat nu op dit apparaat staat, krijgt jouw teken.
learners-now = Gelukt! Je oefent nu als: { $sign }.
learners-taken = Dit teken is al van iemand anders. Kies een ander plaatje of een andere kleur.
learners-full = Er passen geen tekens meer bij. Vraag de begeleider om hulp.
learners-unknown = Dit teken is er niet meer. Misschien is het net gewist.
learners-unsigned = Er staat voortgang zonder teken op dit apparaat. Kies daar eerst een nieuw teken voor.
learners-stop-title = Klaar met oefenen?
learners-stop-text = Wis dan jouw teken en jouw voortgang. De anderen houden hun voortgang.
learners-stop-button = Stop en wis mijn voortgang
learners-stop-confirm = Weet je het zeker? Klik nog een keer.
learners-stop-done = Jouw voortgang is gewist. De volgende kan een teken kiezen.
learners-help = Lukt het niet? Vraag de begeleider om hulp.
learners-back = Naar mijn voortgang
learners-link-title = Met meer mensen op één apparaat?
learners-link-text = Kies ieder een eigen teken. Dan houdt iedereen een eigen voortgang.
learners-link = Kies je teken
learners-sign = { $symbol }, { $colour }
learner-symbol-sun = Zon
learner-symbol-star = Ster
learner-symbol-tree = Boom
learner-symbol-flower = Bloem
learner-symbol-fish = Vis
learner-symbol-bird = Vogel
learner-symbol-heart = Hart
learner-symbol-moon = Maan
learner-colour-blue = blauw
learner-colour-green = groen
learner-colour-orange = oranje
learner-colour-purple = paars
learner-colour-red = rood
learner-colour-grey = grijs

## Medailles na een les
medal-earned-bronze = Je hebt brons voor deze les!
medal-earned-silver = Je hebt zilver voor deze les!
medal-earned-gold = Je hebt goud voor deze les!
medal-next-bronze = Doe de les nog een keer zonder “Tip” en “Laat zien”. Dan krijg je zilver.
medal-next-silver = Doe het nu zelf in “Vrij oefenen”. Dan krijg je goud.
medal-next-silver-look = Doe het nu zelf in “Vrij oefenen” of in het andere portaal. Dan krijg je goud.
medal-next-gold = Knap gedaan! Kijk bij “Mijn voortgang” wat je al kunt.

## Certificaat
certificate-title = Certificaat
certificate-intro = Print dit certificaat. Je naam typen mag, maar hoeft niet.
certificate-name-label = Je voornaam (alleen voor op het papier)
certificate-name-hint = Oefenplein bewaart je naam niet.
certificate-print = Print het certificaat
certificate-by = { $name } heeft geoefend op Oefenplein.
certificate-by-nobody = Er is geoefend op Oefenplein.
certificate-list = Wat er geoefend is:
certificate-date = Datum: { $date }
certificate-footer = Oefenplein — oefenen zonder echte gegevens
certificate-empty = Je hebt nog geen les gedaan. Doe eerst een les. Dan kun je een certificaat printen.
certificate-back = Terug naar mijn voortgang

## Zelftest
selfcheck-title = Zelftest: waar begin je?
selfcheck-link = Weet je niet waar je begint? Doe de zelftest.
selfcheck-intro = Vijf korte vragen. Dan weet je met welke les je begint.
selfcheck-intro-2 = Het is geen examen. Er zijn geen foute antwoorden. We bewaren alleen je startpunt.
selfcheck-start = Begin de zelftest
selfcheck-skip = Overslaan
selfcheck-next = Volgende
selfcheck-previous = Vorige
selfcheck-count = Vraag { $n } van 5
selfcheck-choose-one = Kies een antwoord. Weet je het niet? Kies dan wat het best past.
selfcheck-device = Heb je een telefoon, tablet of computer met internet?
selfcheck-device-yes = Ja
selfcheck-device-no = Nee
selfcheck-not-sure = Weet ik niet
selfcheck-health = Zoek je weleens iets over je gezondheid op internet?
selfcheck-health-often = Ja, vaak
selfcheck-health-sometimes = Soms
selfcheck-health-never = Nooit
selfcheck-forms = Hoe gaat het invullen van formulieren op internet?
selfcheck-forms-easy = Goed, dat lukt me
selfcheck-forms-help = Het lukt met wat hulp
selfcheck-forms-hard = Dat vind ik moeilijk
selfcheck-forms-never = Dat heb ik nooit gedaan
selfcheck-tap = Druk op de knop “Hier”.
selfcheck-tap-button = Hier
selfcheck-tap-missed = Net ernaast. Probeer het nog een keer.
selfcheck-tap-first = Druk eerst op de knop “Hier”.
selfcheck-type = Typ het woord: { $word }
selfcheck-type-label = Je woord
selfcheck-type-wrong = Dat is nog niet het woord. Kijk goed en probeer het nog een keer.
selfcheck-result-title = Jouw startpunt
selfcheck-level-beginner = Beginner
selfcheck-level-familiar = Een beetje ervaring
selfcheck-level-experienced = Ervaren
selfcheck-level-beginner-text = Begin met de basis: knoppen, typen en scrollen.
selfcheck-level-familiar-text = Begin met inloggen met DigiD. Dat heb je bijna overal nodig.
selfcheck-level-experienced-text = Begin met het portaal van de huisarts.
selfcheck-no-exam = Dit is een advies. Je mag elke les kiezen.
selfcheck-first-lesson = Begin met: { $lesson }
selfcheck-choose-myself = Ik kies zelf
selfcheck-again = Doe de zelftest opnieuw
selfcheck-help = Wil je liever samen oefenen? Vraag hulp in de bibliotheek.
progress-level = Jouw startpunt: { $level }

## Woorden op het scherm
words-title = Woorden op het scherm
words-intro = Deze woorden zie je vaak op websites en in apps. Tik op een woord. Dan zie je wat het is.
words-group-screen = Op elk scherm
words-group-login = Inloggen
words-group-care = Bij de zorg
words-say = Zeg het woord
words-read = Lees voor
words-picture = Zo ziet het eruit in de les “{$lesson}”.
words-practise = Oefen het in de les
words-all = Alle woorden
words-ask = Snap je een woord niet? Vraag het aan iemand die je vertrouwt.
words-in-step = Woorden in deze stap
word-knop-about = Een knop doet iets als je erop drukt. Op een telefoon tik je erop. Met een muis klik je.
word-vakje-about = In een vakje typ je iets, bijvoorbeeld je naam. Het heet ook een invulveld.
word-link-about = Een link brengt je naar een andere pagina. Een link is vaak blauw met een streep eronder.
word-vinkje-about = Met een vinkje zeg je ja. Tik op het vakje. Dan komt er een vinkje in.
word-pop-up-about = Een pop-up is een venster over de pagina. Je sluit hem met het kruisje.
word-scrollen-about = Scrollen is de pagina omhoog of omlaag schuiven. Zo zie je de rest.
word-app-about = Een app is een programma op je telefoon. Je opent hem met een tik op het plaatje.
word-installeren-about = Installeren is een app op je telefoon zetten. Dat doe je in de app-winkel.
word-digid-about = Met DigiD laat je online zien wie je bent. DigiD is van de overheid.
word-inloggen-about = Inloggen is een website of app binnengaan. Je laat zien wie je bent.
word-gebruikersnaam-about = Je gebruikersnaam is de naam waarmee je inlogt. Je kiest hem zelf.
word-wachtwoord-about = Een wachtwoord is een geheim woord. Alleen jij kent het. Vertel het aan niemand.
word-sms-code-about = Een sms-code krijg je in een sms op je telefoon. Je typt hem over. Zo weet de website dat jij het bent.
word-activeringscode-about = De activeringscode komt met een brief. Je typt hem één keer. Dan werkt je DigiD.
word-koppelcode-about = Een koppelcode verbindt de app met de computer. De code werkt maar kort.
word-qr-code-about = Een QR-code is een vierkant met blokjes. Je scant hem met de camera van je telefoon.
word-pincode-about = Een pincode is een geheim getal. Je kiest hem zelf. Vertel hem aan niemand.
word-uitloggen-about = Uitloggen is weggaan uit een website of app. Doe dat altijd als je klaar bent.
word-portaal-about = Een portaal is een beveiligde website, bijvoorbeeld van je huisarts. Je logt in met DigiD.
word-afspraak-about = Met een afspraak kies je een tijd bij de dokter. Dat kan vaak online.
word-herhaalrecept-about = Met een herhaalrecept vraag je een medicijn opnieuw aan. Het is een medicijn dat je al gebruikt.
word-e-consult-about = Een e-consult is een vraag aan de huisarts via internet. Het antwoord lees je in het portaal.
word-uitslag-about = Een uitslag zegt wat er uit een onderzoek kwam. Bijvoorbeeld van je bloed.
word-vragenlijst-about = Een vragenlijst is een rij vragen. Je vult hem in voor je afspraak.
word-inchecken-about = Inchecken is laten weten dat je er bent. Bijvoorbeeld in het ziekenhuis.
word-verwijzing-about = Met een verwijzing stuurt de huisarts je naar een specialist. Bijvoorbeeld in het ziekenhuis.
word-wachtkamer-about = In de online wachtkamer wacht je op de dokter. Blijf op de pagina.

## Voor trainers: stapkaarten
trainers-title = Voor trainers
trainers-text = Elke stap heeft een code, zoals D2-3. Zo zie je van een afstand waar iemand is. Druk de stapkaarten af voor een les in een groep.
trainers-cards = Stapkaarten: {$lesson}
cards-page-title = Stapkaarten
cards-title = Stapkaarten: {$lesson}
cards-intro = Eén kaart per stap: de code, het plaatje en de tekst. Kies een tweede taal als dat helpt.
cards-back = Terug naar de taak
cards-second-language = Tweede taal op de kaarten
cards-none = Geen
cards-print = Afdrukken
cards-rule = Oefen nooit met echte DigiD- of gezondheidsgegevens. Gebruik de oefenkaart.
trainers-present = Presenteren: {$lesson}

## Presenteren: het scherm voor de groep en de bediening
present-title = Presenteren
present-text = Dit scherm is voor de groep. Bedien het vanuit een tweede venster.
present-open-controls = Open de bediening
present-stop = Stop met presenteren
controls-page-title = Bediening
controls-intro = Bediening voor de trainer. De groep kijkt naar het scherm.
controls-title = Bediening: {$lesson}
controls-no-screen = Het scherm is nog niet gevonden. Open het met de knop hieronder.
controls-at = Het scherm is bij {$step}.
controls-at-end = Het scherm is aan het einde van de les.
controls-elsewhere = Het scherm toont een andere les: {$lesson}.
controls-previous = Vorige stap
controls-next = Volgende stap
controls-restart = Opnieuw beginnen
controls-open-screen = Open het scherm
controls-steps = Alle stappen
controls-note = Voor jou als trainer
controls-note-step = Doe de stap eerst voor. Laat iedereen hem daarna zelf doen.
controls-note-mistake = Hier gaat het met opzet mis. Laat de groep eerst zoeken wat er misging.
controls-faults = Fout laten zien
controls-faults-intro = Laat de volgende poging met opzet misgaan. Zo oefent de groep het oplossen.
controls-fault-armed = Klaar. De volgende poging op het scherm gaat mis.
fault-wrong-code = De sms-code klopt niet
fault-expired-code = De sms-code is verlopen
fault-blocked-pin = De app wordt geblokkeerd
fault-slot-taken = De tijd is al bezet
fault-camera-blocked = De camera wordt geblokkeerd
trainers-plan = Lesplan: {$lesson}
plan-page-title = Lesplan
plan-title = Lesplan: {$lesson}
plan-goal = Wat de groep leert
plan-duration-title = Hoe lang
plan-duration = Ongeveer {$minutes} minuten, voor {$steps} stappen.
plan-prepare = Klaarzetten
plan-prepare-device = Voor iedereen een computer, tablet of telefoon met Oefenplein.
plan-prepare-card = De oefenkaart. Die staat naast het oefenscherm. Druk hem af als dat helpt.
plan-prepare-screen = Een groot scherm of een beamer. Open de les daar met Presenteren.
plan-stuck = Hier lopen mensen vaak vast
plan-mistake = De fout met opzet
plan-phrases = Zinnen die helpen
plan-phrase-look = Kijk eerst goed. Klik daarna.
plan-phrase-read = Lees de melding hardop.
plan-phrase-safe = Fout gaan mag. Hier gaat niets stuk.
plan-phrase-find = Zoek het woord uit de stap op het scherm.
trainers-card-sheet = Oefenkaarten afdrukken (zes op een vel)
card-sheet-title = Oefenkaarten om af te drukken
card-sheet-intro = Zes kaarten op één vel. Knip ze uit en geef iedereen er een. Zo typt niemand eigen gegevens.

## Kiosk: openbare computers (kiosk.json van de locatie)
kiosk-label = Deze computer
kiosk-at = Je oefent bij {$library}.
kiosk-rule = Doe je {$minutes} minuten niets? Dan wissen we alles voor de volgende bezoeker.
kiosk-question = Ben je er nog?
kiosk-seconds-left = Over {$seconds} seconden wissen we alles. Dan kan de volgende bezoeker beginnen.
kiosk-still-here = Ja, ik ben er nog
kiosk-note-title = Voor de beheerder van deze computer
kiosk-note-not-json = Het bestand kiosk.json is geen goede JSON. De kiosk staat daarom uit.
kiosk-note-bad-value = In kiosk.json klopt de waarde van “{$field}” niet. Daar geldt nu de standaard.

## Zonder JavaScript (staat ook in index.html; de test controleert dat)
noscript-text = Oefenplein werkt alleen met JavaScript aan.
