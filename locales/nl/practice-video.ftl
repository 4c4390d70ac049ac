# "Oefenbeeld": a video consult with the GP. Dutch in every interface
# language, like the real services. Invented names always contain "Oefen".

video-name = Oefenbeeld
video-look-computer = Op de computer
video-look-phone = Op de telefoon
video-address-mail = mail.oefenmail.example
video-address-test = oefenbeeld.example/test
video-address-call = oefenbeeld.example/gesprek
video-address-settings = Instellingen

## The invitation

video-sms-from = Oefenpraktijk
video-sms-text = Uw beeldbelafspraak is vandaag om 10:30. De link staat in uw e-mail.
video-mail-box = Postvak IN
video-mail-from = Van: Huisartsenpraktijk De Oefenlinde (beeldbellen@oefenbeeld.example)
video-mail-subject = Uw beeldbelafspraak vandaag om 10:30
video-mail-hello = Beste mevrouw Oefenaar,
video-mail-when = U heeft vandaag om 10:30 een videogesprek met Dokter Bakker.
video-mail-test-first = Doe eerst de test. Dan weet u of uw camera, microfoon en geluid werken.
video-mail-test-link = Doe eerst de test
video-mail-test-done = Test gedaan: alles werkt.
video-mail-join-when = Klik 5 minuten voor de afspraak op de link.
video-mail-join-link = Klik hier om het gesprek te openen
video-mail-help = Lukt het niet? Bel de praktijk. Dan belt de dokter u gewoon op.

## The browser's question

video-ask-site = oefenbeeld.example wil:
video-ask-camera = Je camera gebruiken
video-ask-mic = Je microfoon gebruiken
video-allow = Toestaan
video-block-computer = Blokkeren
video-block-phone = Niet toestaan

## The test

video-test-title = Test je camera, microfoon en geluid
video-camera = Camera
video-mic = Microfoon
video-sound = Geluid
video-camera-builtin-computer = Ingebouwde camera
video-camera-other-computer = USB-camera
video-camera-builtin-phone = Camera voorkant
video-camera-other-phone = Camera achterkant
video-mic-builtin-computer = Ingebouwde microfoon
video-mic-other-computer = Headset
video-mic-builtin-phone = Microfoon van de telefoon
video-mic-other-phone = Bluetooth-oortjes
video-no-picture = Geen beeld
video-no-access = Geen toegang tot de camera
video-you = Jij
video-say-something = Zeg iets
video-mic-works = Je microfoon werkt.
video-play-tone = Speel geluid af
video-tone-question = Hoorde je een toon?
video-tone-heard = Ik hoor het
video-tone-not-heard = Ik hoor niets
video-sound-works = Je geluid werkt.
video-test-finish = Klaar met de test
video-to-mail = Terug naar de uitnodiging

## Blocked, and the fix

video-blocked-title = Geen toegang tot camera en microfoon
video-blocked-why = Je hebt op “Blokkeren” geklikt. Daarom werken camera en microfoon niet.
video-blocked-why-phone = Je hebt op “Niet toestaan” geklikt. Daarom werken camera en microfoon niet.
video-blocked-computer = Klik op het slotje links naast het adres. Zet daar camera en microfoon aan.
video-blocked-phone = Open de instellingen van je telefoon. Geef de browser toestemming.
video-open-settings = Instellingen
video-lock = Site-instellingen
video-site-secure = De verbinding is beveiligd
video-site-permissions = Toestemmingen voor deze site
video-reload = Opnieuw laden
video-reload-note = Laad de pagina opnieuw. Dan werken de nieuwe instellingen.
video-settings-path = Apps › Oefenbrowser › Toestemmingen
video-settings-title = Toestemmingen van Oefenbrowser
video-back-to-browser = Terug naar de browser
video-allowed = Toegestaan
video-not-allowed = Niet toegestaan

## Joining and waiting

video-join-title = Klaar om deel te nemen?
video-name-label = Je naam
video-name-hint = De dokter ziet deze naam.
video-join = Deelnemen
video-waiting-title = De dokter komt zo
video-waiting-when = Je gesprek begint om 10:30.
video-waiting-left = Nog { $minutes } minuten.
video-waiting-stay = Je bent in de wachtkamer. Blijf op deze pagina.

## The call

video-doctor = Dokter Bakker
video-doctor-hello = Goedemorgen, met Dokter Bakker. Hoort u mij?
video-doctor-muted = Ik zie u praten, maar ik hoor niets. Uw microfoon staat uit.
video-doctor-identity = Fijn. Wat is uw naam en uw geboortedatum?
video-doctor-date-missing = Dank u. En wat is uw geboortedatum?
video-doctor-private = Dank u. Kunt u vrij praten? Is er niemand bij u?
video-doctor-advice = Goed. Ik zet de naam van de zalf in de chat. Smeer twee keer per dag.
video-doctor-bye = Graag gedaan. Beterschap! U mag nu ophangen.
video-doctor-no-picture = Ik zie u niet meer. Staat uw camera uit?
video-chat-doctor-advice = Oefenzalf 1 procent. Twee keer per dag dun smeren.
video-chat-doctor-thanks = Graag gedaan.
video-mic-on = Zet microfoon aan
video-mic-off = Zet microfoon uit
video-camera-on = Zet camera aan
video-camera-off = Zet camera uit
video-muted = Je microfoon staat uit
video-camera-is-off = Camera uit
video-hang-up = Ophangen
video-say = Wat zeg je?
video-answer-hear-you = Ja, ik hoor u goed.
video-answer-name-only = Ik ben Noor Oefenaar.
video-answer-name-and-date = Noor Oefenaar, geboren op 14 mei 1958.
video-answer-alone = Ja, ik ben alleen. Ik kan vrij praten.
video-answer-thanks = Dank u wel. Dag dokter.
video-chat = Chat
video-chat-label = Typ een bericht
video-chat-send = Verstuur
video-chat-me = Jij
video-left-title = Je hebt het gesprek verlaten
video-left-text = Was dat per ongeluk? Geen probleem. Open de uitnodiging en klik nog een keer op de link.
video-left-mail = Open de uitnodiging
video-ended-title = Het gesprek is afgelopen
video-ended-text = De dokter heeft het advies ook in de chat gezet. Bel de praktijk als het niet beter wordt.

## Problems, kind and specific

video-error-no-picture = Je ziet geen beeld van jezelf. Deze camera werkt niet. Kies een andere camera.
video-error-nothing-heard = We horen niets. Deze microfoon werkt niet. Kies een andere microfoon.
video-error-tone = Zet het geluid van je apparaat harder. Speel het geluid nog een keer af. Hoor je nog niets? Probeer een koptelefoon.
video-error-test-incomplete = De test is nog niet klaar. Test de camera, de microfoon en het geluid.
video-error-fix-incomplete = Zet camera en microfoon allebei aan. Dan kan de dokter je zien en horen.
video-error-name-empty = Typ je naam. Dan weet de dokter wie er wacht.
video-error-muted = De dokter hoort je niet. Je microfoon staat uit. Klik op “Zet microfoon aan”.
video-error-date = Noem ook je geboortedatum. Kijk op de oefenkaart.
video-error-chat-empty = Typ eerst een bericht.
video-error-too-long = Dit is te lang. Het einde is weggelaten.
