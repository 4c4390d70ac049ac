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

## The basics
lesson-basics-tap-title = Press a button
lesson-basics-tap-intro = A button does something when you press it. You practise that here.
lesson-basics-tap-done = You pressed buttons. This is how you move on on a website.
lesson-basics-tap-go-on = Press the green button “Verder”.
lesson-basics-tap-go-on-hint = On a phone, you tap with your finger. With a mouse, you click.
lesson-basics-tap-yes = There is a question. Press “Ja”.
lesson-basics-type-title = Type in a box
lesson-basics-type-intro = On websites, you type in boxes. You also practise fixing a typing mistake.
lesson-basics-type-done = You typed and fixed a mistake.
lesson-basics-type-name = Tap the box “Voornaam”. Type: Noor.
lesson-basics-type-name-hint = For a capital letter, use the up arrow.
lesson-basics-type-place = “Woonplaats” has a mistake: Oefenstadd. Remove the last d.
lesson-basics-type-place-hint = Tap after the word. Press the backspace key.
lesson-basics-type-save = Press “Opslaan”.
lesson-basics-scroll-title = Scroll down
lesson-basics-scroll-intro = A page is often longer than your screen. Then you scroll.
lesson-basics-scroll-done = You scrolled down and back up.
lesson-basics-scroll-down = Scroll down. At the bottom, press “Gevonden”.
lesson-basics-scroll-down-hint = On a phone, you swipe up with your finger. With a mouse, you turn the wheel.
lesson-basics-scroll-up = Scroll back up. Press “Naar boven”.
lesson-basics-back-title = Go back
lesson-basics-back-intro = Are you on the wrong page? Then you go back.
lesson-basics-back-done = You opened a page and went back.
lesson-basics-back-open = Click “Activiteiten”.
lesson-basics-back-back = Go back. Click “Terug”.
lesson-basics-back-back-hint = “Terug” is often at the top left. It often has a small arrow.
lesson-basics-choose-title = Tick and choose
lesson-basics-choose-intro = On forms, you choose from a list. Or you tick a box.
lesson-basics-choose-done = You chose from a list and ticked a box.
lesson-basics-choose-day = Choose a day in the list. For example, woensdag (Wednesday).
lesson-basics-choose-day-hint = Tap the list. Then you see the days.
lesson-basics-choose-tick = Tick the box next to “Ik ga akkoord met de regels”.
lesson-basics-choose-send = Press “Aanmelden”.
lesson-basics-date-title = Choose a date
lesson-basics-date-intro = For an appointment, you often choose a day in a calendar.
lesson-basics-date-done = You chose a date and confirmed it.
lesson-basics-date-pick = Choose Tuesday 15 December in the calendar.
lesson-basics-date-pick-hint = Find the number 15. It is under “di”. That means Tuesday.
lesson-basics-date-confirm = Press “Bevestigen”.
lesson-basics-link-title = Recognise a link
lesson-basics-link-intro = A link takes you to another page. You learn to recognise it.
lesson-basics-link-done = You recognised a link and opened it.
lesson-basics-link-link = Click the link “openingstijden”.
lesson-basics-link-link-hint = A link is blue and has a line under it.
lesson-basics-link-back = Click “Terug”.
lesson-basics-popup-title = Close a pop-up
lesson-basics-popup-intro = Sometimes a window appears over the page. This is called a pop-up.
lesson-basics-popup-done = You closed a pop-up.
lesson-basics-popup-close = Close the pop-up with the cross.
lesson-basics-popup-close-hint = The cross is at the top right. You do not have to press “Ja, graag”.
lesson-basics-popup-go-on = Now you see the page. Press “Verder”.
lesson-basics-zoom-title = Zoom in on your phone
lesson-basics-zoom-intro = Is the text too small? Then you make it bigger.
lesson-basics-zoom-done = You zoomed in and zoomed out again.
lesson-basics-zoom-in = Quickly tap the text twice. Or press “Groter”.
lesson-basics-zoom-in-hint = On a real phone, you can also spread two fingers apart.
lesson-basics-zoom-out = Read the text. Press “Kleiner” until the text is small again.
