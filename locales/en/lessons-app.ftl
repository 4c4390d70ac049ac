# Texts of the lessons about the DigiD app.
# Keys: lesson-<lesson>-<step> and lesson-<lesson>-<step>-hint.
# Buttons and fields of the practice service keep their Dutch names.

## Lesson: Activate the DigiD app
lesson-digid-app-activate-title = Activate the DigiD app
lesson-digid-app-activate-intro = You put the DigiD app on your phone. Then you choose a PIN code.
lesson-digid-app-activate-done = Your DigiD app is ready. You can now log in with it.
lesson-digid-app-activate-store = Open the “Oefenwinkel” on your phone.
lesson-digid-app-activate-store-hint = On the phone, tap the green icon.
lesson-digid-app-activate-install = Tap “Installeren”. This puts the app on your phone.
lesson-digid-app-activate-open = Now you have the app. Tap “Openen”.
lesson-digid-app-activate-start = Tap “Activeren”. You only do this once.
lesson-digid-app-activate-login = Type your username and password. Then tap “Inloggen”.
lesson-digid-app-activate-login-hint = They are on your practice card, by the phone.
lesson-digid-app-activate-method = Choose “Met een sms-code”.
lesson-digid-app-activate-method-hint = A letter takes 3 days. A text message comes right away.
lesson-digid-app-activate-code = You get a text message. Type the code. Tap “Verder”.
lesson-digid-app-activate-code-hint = The message is at the top of the phone. The code has 6 digits.
lesson-digid-app-activate-pin = Choose a PIN code of 5 digits.
lesson-digid-app-activate-pin-hint = Use the PIN code from your practice card: 24680.
lesson-digid-app-activate-mistake = The app asks for the PIN code again. Now type other digits on purpose.
lesson-digid-app-activate-mistake-hint = For example, type 97531. Making a mistake is fine here.
lesson-digid-app-activate-again = Read the red message. Choose the PIN code again.
lesson-digid-app-activate-confirm = Type the same PIN code once more.
lesson-digid-app-activate-ready = Well done! Tap “Naar de app”.

## Lesson: Log in with the DigiD app and a QR code
lesson-digid-app-qr-title = Log in with the app and a QR code
lesson-digid-app-qr-intro = You log in on a computer. You use the DigiD app on your phone.
lesson-digid-app-qr-done = You are logged in on the computer. With your phone and your PIN code.
lesson-digid-app-qr-web = Look at the computer. Click “Met de DigiD app”.
lesson-digid-app-qr-open = You see the koppelcode (pairing code). Now open the DigiD app on your phone.
lesson-digid-app-qr-open-hint = Tap the blue icon with the D.
lesson-digid-app-qr-start = Tap “Inloggen op een computer”.
lesson-digid-app-qr-wait = Sometimes it takes too long. By the phone, click “5 minutes later”.
lesson-digid-app-qr-wait-hint = Then look at the computer. The koppelcode has expired.
lesson-digid-app-qr-new = The koppelcode has expired. On the computer, click “Nieuwe koppelcode”.
lesson-digid-app-qr-code = Type the new koppelcode in the app. Tap “Verder”.
lesson-digid-app-qr-code-hint = The koppelcode is on the computer. It has 4 letters.
lesson-digid-app-qr-scan = The computer shows a QR code. Tap “Scan de QR-code”.
lesson-digid-app-qr-scan-hint = In real life, you point the camera at the code.
lesson-digid-app-qr-confirm = Do you want to log in? Tap “Ja, inloggen”.
lesson-digid-app-qr-pin = Type your PIN code. Then you are logged in.
lesson-digid-app-qr-pin-hint = The PIN code is on your practice card.

## Lesson: Log in with the DigiD app on the same phone
lesson-digid-app-phone-title = Log in with the app on your phone
lesson-digid-app-phone-intro = You log in on the phone itself. You do not need a computer.
lesson-digid-app-phone-done = You are logged in on your phone. The app did the work.
lesson-digid-app-phone-browser = Tap “Internet”. This opens the website.
lesson-digid-app-phone-web = Tap “Met de DigiD app”.
lesson-digid-app-phone-confirm = The DigiD app opens by itself. Tap “Ja, inloggen”.
lesson-digid-app-phone-mistake = Now type a wrong PIN code on purpose.
lesson-digid-app-phone-mistake-hint = For example, type 97531. You can try 5 times.
lesson-digid-app-phone-pin = Read the message. Now type the right PIN code.
lesson-digid-app-phone-pin-hint = The PIN code is on your practice card.
lesson-digid-app-phone-back = Well done! Tap “Terug naar Mijn Oefenzorg”.

## Lesson: Forgotten PIN code
lesson-digid-pin-forgot-title = Forgotten PIN code
lesson-digid-pin-forgot-intro = You no longer know your PIN code. You activate the app again.
lesson-digid-pin-forgot-done = You have a new PIN code. Your app works again.
lesson-digid-pin-forgot-open = Open the DigiD app on your phone.
lesson-digid-pin-forgot-forgot = You no longer know your PIN code. Tap “Pincode vergeten?”.
lesson-digid-pin-forgot-reactivate = Read the text. Tap “Opnieuw activeren”.
lesson-digid-pin-forgot-reactivate-hint = Nobody can look up your PIN code. Not even the helpdesk.
lesson-digid-pin-forgot-login = Type your username and password. Then tap “Inloggen”.
lesson-digid-pin-forgot-login-hint = They are on your practice card.
lesson-digid-pin-forgot-method = Now choose “Met uw identiteitskaart”.
lesson-digid-pin-forgot-hold = Tap “Houd de ID-kaart tegen de telefoon”.
lesson-digid-pin-forgot-hold-hint = In real life, the card touches the back of your phone.
lesson-digid-pin-forgot-easy = Choose a PIN code. First type 12345 on purpose.
lesson-digid-pin-forgot-easy-hint = So you see what the app says about an easy code.
lesson-digid-pin-forgot-pin = Now choose a better PIN code.
lesson-digid-pin-forgot-pin-hint = For example, 86420. Remember your new PIN code well.
lesson-digid-pin-forgot-confirm = Type the same PIN code once more.
