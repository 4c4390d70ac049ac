# Lesson texts. Keys: lesson-<lesson>-<step> and lesson-<lesson>-<step>-hint.
# Buttons and fields of the practice service keep their Dutch names.

## Lesson: Log in with DigiD
lesson-digid-web-title = Log in with DigiD
lesson-digid-web-intro = You log in on a practice website. With your username, password and a text message code.
lesson-digid-web-done = You logged in with DigiD. You also fixed a mistake.
lesson-digid-web-username = Type your username in the box “Gebruikersnaam”. It is on your practice card.
lesson-digid-web-username-hint = Type noor.oefen. Mind the dot in the middle.
lesson-digid-web-mistake = Now type a wrong password on purpose. Then click “Inloggen”.
lesson-digid-web-mistake-hint = For example, type welkom. Making a mistake is fine here.
lesson-digid-web-fix = Read the red message. Now type the right password.
lesson-digid-web-fix-hint = The password is on your practice card. It starts with a capital O.
lesson-digid-web-login = Click the button “Inloggen”.
lesson-digid-web-sms = Choose “Sms-controle”. Then you get a code on your phone.
lesson-digid-web-sms-hint = You practise the app in another lesson.
lesson-digid-web-code = Look at your phone. Type the code from the text message.
lesson-digid-web-code-hint = The code has 6 digits. Can't see your phone? Click “Show phone”.
lesson-digid-web-submit = Click “Inloggen”. Then you are in!

## Lesson: Spot fake messages
lesson-phishing-title = Spot fake messages
lesson-phishing-intro = You get messages from DigiD, the pharmacy and the GP. Which ones are real?
lesson-phishing-done = You can now spot fake messages. Always look at links, hurry and the web address.
lesson-phishing-open = Open the first message. It is a text message from DigiD.
lesson-phishing-judge = Is this message real or fake? Choose a button.
lesson-phishing-judge-hint = Does DigiD send a link by text message?
lesson-phishing-page = Suppose you press the link anyway. Press the link in the message.
lesson-phishing-address = Look at the web address at the top. Is it right?
lesson-phishing-address-hint = The real DigiD address ends in digid.nl.
lesson-phishing-rest = Click “Terug naar het bericht”. Then judge the other messages.
lesson-phishing-rest-hint = Look out for links, hurry, threats and payments.

## Lesson: Forgotten password
lesson-digid-forgot-title = Forgotten password
lesson-digid-forgot-intro = You no longer know your password. You make a new one with a text message code.
lesson-digid-forgot-done = You made a new password. And you logged in with it.
lesson-digid-forgot-open = You no longer know your password. Click “Wachtwoord vergeten?”.
lesson-digid-forgot-username = Type your username. Then click “Verder”.
lesson-digid-forgot-username-hint = Your username is on your practice card.
lesson-digid-forgot-code = Look at your phone. Type the code. Click “Verder”.
lesson-digid-forgot-code-hint = The code has 6 digits.
lesson-digid-forgot-new = Think of a new password. Type it in the box “Nieuw wachtwoord”.
lesson-digid-forgot-new-hint = Look at the list. All rules must be met. For example: Zomer2027.
lesson-digid-forgot-repeat = Type the same password once more. Click “Wachtwoord opslaan”.
lesson-digid-forgot-login = Click “Terug naar inloggen”. Log in with your new password.
lesson-digid-forgot-login-hint = Your new password is now also on your practice card.
