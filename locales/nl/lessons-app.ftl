# Teksten van de lessen over de DigiD app.
# Sleutels: lesson-<les>-<stap> en lesson-<les>-<stap>-hint.
# Knoppen en vakken van de oefendienst noem je bij hun Nederlandse naam.

## Les: DigiD app activeren
lesson-digid-app-activate-title = DigiD app activeren
lesson-digid-app-activate-intro = Je zet de DigiD app op je telefoon. Daarna kies je een pincode.
lesson-digid-app-activate-done = Je DigiD app is klaar. Je kunt er nu mee inloggen.
lesson-digid-app-activate-store = Open de “Oefenwinkel” op je telefoon.
lesson-digid-app-activate-store-hint = Tik op de telefoon op het groene icoon.
lesson-digid-app-activate-install = Tik op “Installeren”. Zo komt de app op je telefoon.
lesson-digid-app-activate-open = De app is er. Tik op “Openen”.
lesson-digid-app-activate-start = Tik op “Activeren”. Dat doe je maar één keer.
lesson-digid-app-activate-login = Typ je gebruikersnaam en wachtwoord. Tik dan op “Inloggen”.
lesson-digid-app-activate-login-hint = Ze staan op je oefenkaart, bij de telefoon.
lesson-digid-app-activate-method = Kies “Met een sms-code”.
lesson-digid-app-activate-method-hint = Een brief duurt 3 dagen. Een sms komt meteen.
lesson-digid-app-activate-code = Je krijgt een sms. Typ de code. Tik op “Verder”.
lesson-digid-app-activate-code-hint = De sms staat bovenaan de telefoon. De code heeft 6 cijfers.
lesson-digid-app-activate-pin = Kies een pincode van 5 cijfers.
lesson-digid-app-activate-pin-hint = Neem de pincode van je oefenkaart: 24680.
lesson-digid-app-activate-mistake = De app vraagt de pincode nog een keer. Typ nu expres andere cijfers.
lesson-digid-app-activate-mistake-hint = Typ bijvoorbeeld 97531. Een fout maken mag hier.
lesson-digid-app-activate-again = Lees de rode melding. Kies de pincode opnieuw.
lesson-digid-app-activate-confirm = Typ dezelfde pincode nog een keer.
lesson-digid-app-activate-ready = Gelukt! Tik op “Naar de app”.

## Les: Inloggen met de DigiD app en een QR-code
lesson-digid-app-qr-title = Inloggen met de app en een QR-code
lesson-digid-app-qr-intro = Je logt in op een computer. Je gebruikt de DigiD app op je telefoon.
lesson-digid-app-qr-done = Je bent ingelogd op de computer. Met je telefoon en je pincode.
lesson-digid-app-qr-web = Kijk naar de computer. Klik op “Met de DigiD app”.
lesson-digid-app-qr-open = Je ziet een koppelcode. Open nu de DigiD app op je telefoon.
lesson-digid-app-qr-open-hint = Tik op het blauwe icoon met de D.
lesson-digid-app-qr-start = Tik op “Inloggen op een computer”.
lesson-digid-app-qr-wait = Soms duurt het te lang. Klik bij de telefoon op “5 minuten later”.
lesson-digid-app-qr-wait-hint = Kijk daarna naar de computer. De koppelcode is verlopen.
lesson-digid-app-qr-new = De koppelcode is verlopen. Klik op de computer op “Nieuwe koppelcode”.
lesson-digid-app-qr-code = Typ de nieuwe koppelcode in de app. Tik op “Verder”.
lesson-digid-app-qr-code-hint = De koppelcode staat op de computer. Het zijn 4 letters.
lesson-digid-app-qr-scan = De computer laat een QR-code zien. Tik op “Scan de QR-code”.
lesson-digid-app-qr-scan-hint = Echt houd je de camera voor de QR-code.
lesson-digid-app-qr-confirm = Wil je inloggen? Tik op “Ja, inloggen”.
lesson-digid-app-qr-pin = Typ je pincode. Dan ben je ingelogd.
lesson-digid-app-qr-pin-hint = De pincode staat op je oefenkaart.

## Les: Inloggen met de DigiD app op dezelfde telefoon
lesson-digid-app-phone-title = Inloggen met de app op je telefoon
lesson-digid-app-phone-intro = Je logt in op je telefoon zelf. Je hebt geen computer nodig.
lesson-digid-app-phone-done = Je bent ingelogd op je telefoon. De app deed het werk.
lesson-digid-app-phone-browser = Tik op “Internet”. Zo open je de website.
lesson-digid-app-phone-web = Tik op “Met de DigiD app”.
lesson-digid-app-phone-confirm = De DigiD app gaat vanzelf open. Tik op “Ja, inloggen”.
lesson-digid-app-phone-mistake = Typ nu expres een verkeerde pincode.
lesson-digid-app-phone-mistake-hint = Typ bijvoorbeeld 97531. Je mag 5 keer proberen.
lesson-digid-app-phone-pin = Lees de melding. Typ nu de goede pincode.
lesson-digid-app-phone-pin-hint = De pincode staat op je oefenkaart.
lesson-digid-app-phone-back = Gelukt! Tik op “Terug naar Mijn Oefenzorg”.

## Les: Pincode vergeten
lesson-digid-pin-forgot-title = Pincode vergeten
lesson-digid-pin-forgot-intro = Je weet je pincode niet meer. Je activeert de app opnieuw.
lesson-digid-pin-forgot-done = Je hebt een nieuwe pincode. Je app werkt weer.
lesson-digid-pin-forgot-open = Open de DigiD app op je telefoon.
lesson-digid-pin-forgot-forgot = Je weet je pincode niet meer. Tik op “Pincode vergeten?”.
lesson-digid-pin-forgot-reactivate = Lees de tekst. Tik op “Opnieuw activeren”.
lesson-digid-pin-forgot-reactivate-hint = Niemand kan je pincode opzoeken. Ook de helpdesk niet.
lesson-digid-pin-forgot-login = Typ je gebruikersnaam en wachtwoord. Tik dan op “Inloggen”.
lesson-digid-pin-forgot-login-hint = Ze staan op je oefenkaart.
lesson-digid-pin-forgot-method = Kies nu “Met uw identiteitskaart”.
lesson-digid-pin-forgot-hold = Tik op “Houd de ID-kaart tegen de telefoon”.
lesson-digid-pin-forgot-hold-hint = Echt leg je de kaart tegen de achterkant van je telefoon.
lesson-digid-pin-forgot-easy = Kies een pincode. Typ eerst expres 12345.
lesson-digid-pin-forgot-easy-hint = Zo zie je wat de app zegt bij een makkelijke code.
lesson-digid-pin-forgot-pin = Kies nu een betere pincode.
lesson-digid-pin-forgot-pin-hint = Bijvoorbeeld 86420. Onthoud je nieuwe pincode goed.
lesson-digid-pin-forgot-confirm = Typ dezelfde pincode nog een keer.
