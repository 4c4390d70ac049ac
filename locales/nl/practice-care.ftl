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

pharmacy-sms-ready = Uw medicijnen liggen klaar in de afhaalkluis. Uw code is { $code }. De code werkt 7 dagen.
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
