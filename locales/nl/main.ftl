# Oefenplein — Nederlandse teksten (referentie).
# Korte zinnen: 5 tot 10 woorden. Eén boodschap per stap.

## Algemeen
app-name = Oefenplein
practice-mark = Oefenen — niets is echt
practice-mark-more = Wat betekent dit?
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Begin
nav-help = Hulp
nav-settings = Instellingen
nav-about = Over
nav-progress = Mijn voortgang
nav-words = Woorden
home-link-label = Oefenplein, naar het begin
learner-switch = Wissel van leerling
back-home = Terug naar het begin

## Taal
language-button = Taal: { $language }

## Begin
home-title = Wat wil je kunnen?
home-intro = Kies wat je wilt oefenen. Alles is nep. Je kunt niets kapotmaken.
home-tasks-label = Oefeningen
task-digid-title = Inloggen met DigiD
task-digid-text = Met wachtwoord, sms-code of de DigiD app.
task-gp-title = Een bericht aan de huisarts
task-gp-text = Een vraag stellen in het portaal van de huisarts.
task-repeat-title = Een herhaalrecept bestellen
task-repeat-text = Je medicijnen opnieuw bestellen.
task-hospital-title = Naar het ziekenhuis
task-hospital-text = Een vragenlijst invullen en inchecken.
task-appointment-title = Een afspraak maken
task-appointment-text = Een dag en tijd kiezen.
task-video-title = Beeldbellen met de dokter
task-video-text = De wachtkamer, de camera en het geluid.
task-phishing-title = Nepberichten herkennen
task-phishing-text = Echt of nep? Leer waar je op let.
task-basics-title = De basis
task-basics-text = Tikken, typen, scrollen en terug gaan.
home-safe-title = Hier kan niets misgaan
home-safe-text = Je gebruikt nep-gegevens van een oefenkaart. Niets gaat naar internet.

## Binnenkort
soon-title = Binnenkort

## Niet gevonden
not-found-title = Deze pagina bestaat niet
not-found-text = Geen probleem. Er is niets kapot.

## Laden
loading = Even laden…
load-failed-title = Dit deel kon niet laden
load-failed-text = Er is niets kapot. Kijk of je internet hebt. Probeer het dan opnieuw.
load-failed-retry = Opnieuw proberen

## Meldingen over bewaren
notice-dismiss = Ik snap het
notice-storage-unavailable = Dit apparaat bewaart niets. Je voortgang blijft alleen tot je de pagina sluit.
notice-storage-corrupt = Je opgeslagen voortgang was beschadigd. We zijn opnieuw begonnen. De oude gegevens zijn apart bewaard.
notice-storage-newer = Je voortgang is bewaard door een nieuwere versie. We veranderen daar niets aan.
notice-storage-full = Het geheugen van dit apparaat is vol. Je voortgang wordt nu niet bewaard.
notice-language-missing = { $language } kon niet laden. Kijk of je internet hebt. Kies de taal daarna opnieuw.

## Kop, kaarten en medailles
menu-open = Menu
home-lessons-done = { $done } van { $total } lessen gedaan
medal-none = Nog geen medaille
medal-bronze = Brons
medal-silver = Zilver
medal-gold = Goud
