# Lessons: the care journey after the GP (pharmacy, hospital, referral,
# vaccination). Quoted labels are the Dutch words on the practice screen.

lesson-pharmacy-order-title = Medicijnen bestellen en ophalen
lesson-pharmacy-order-intro = Je bestelt je medicijnen met de app van de apotheek. Daarna haal je ze op uit de afhaalkluis.
lesson-pharmacy-order-done = Je hebt je medicijnen besteld en opgehaald. Ook met een verlopen code weet je nu wat je doet.
lesson-pharmacy-order-mistake = Je zoekt de app van je apotheek. Klik expres bij “Apotheek Oefenanker Plus” op “Installeren”.
lesson-pharmacy-order-mistake-hint = Lees de rode melding. Kijk altijd wie de app maakt.
lesson-pharmacy-order-install = Klik bij “Apotheek Oefenanker” op “Installeren”. De maker is je apotheek.
lesson-pharmacy-order-open = Klik op “Openen”.
lesson-pharmacy-order-link = Klik op “Apotheek koppelen”.
lesson-pharmacy-order-code = Typ de koppelcode. Die staat op de bon van de apotheek.
lesson-pharmacy-order-code-hint = De bon staat naast het scherm. Spaties mogen.
lesson-pharmacy-order-birth = Typ je geboortedatum. Kijk op de oefenkaart.
lesson-pharmacy-order-birth-hint = Schrijf het jaar met 4 cijfers.
lesson-pharmacy-order-linked = Klik op “Koppelen”.
lesson-pharmacy-order-order = Klik op “Herhaalrecept bestellen”.
lesson-pharmacy-order-check = Zet expres een vinkje bij “Atorvastatine 20 mg, tablet”.
lesson-pharmacy-order-check-hint = Dit medicijn mag nog niet. Lees de melding. Dan bel je de huisarts.
lesson-pharmacy-order-pick = Zet een vinkje bij “Omeprazol 20 mg, capsule”.
lesson-pharmacy-order-next = Klik op “Volgende”.
lesson-pharmacy-order-locker = Kies “Afhaalkluis”.
lesson-pharmacy-order-locker-hint = De kluis is dag en nacht open. Je krijgt een code per sms.
lesson-pharmacy-order-summary = Klik op “Volgende”. Controleer je bestelling.
lesson-pharmacy-order-send = Klik op “Bestelling versturen”.
lesson-pharmacy-order-wait = Klik twee keer op “1 dag later”. Dan krijg je een sms.
lesson-pharmacy-order-wait-hint = Echt duurt het meestal 2 werkdagen. Lees de sms op je telefoon.
lesson-pharmacy-order-late = Je haalt het niet op tijd op. Klik op “1 week later”.
lesson-pharmacy-order-late-hint = Dit gebeurt vaak. De code werkt maar 7 dagen.
lesson-pharmacy-order-go = Klik op “Ga naar de apotheek”.
lesson-pharmacy-order-expired = Typ de code uit de sms. Klik op “OK”.
lesson-pharmacy-order-expired-hint = De code is te oud. Lees wat er staat.
lesson-pharmacy-order-back = Klik op “Terug naar je telefoon”.
lesson-pharmacy-order-renew = Klik op “Stuur mij een nieuwe code”.
lesson-pharmacy-order-again = Klik weer op “Ga naar de apotheek”.
lesson-pharmacy-order-type = Typ de nieuwe code uit de sms. Klik op “OK”.
lesson-pharmacy-order-type-hint = Gebruik de nieuwste sms. De oude code werkt niet meer.
lesson-pharmacy-order-take = Het vak is open. Klik op “Medicijnen pakken en vak sluiten”.
