start-over = Start again
language-menu-label = Choose a language
language-close = Close
soon-text = We are still making this exercise.
soon-text-2 = Look again later. Or choose another exercise.

## Settings
settings-title = Settings
settings-intro = Make the screen the way you like it.
settings-text-size = Size of the letters
settings-text-size-normal = Normal
settings-text-size-large = Large
settings-text-size-larger = Larger
settings-text-size-largest = Very large
settings-display = Display
settings-contrast = High contrast
settings-contrast-hint = Black and white, with strong colours.
settings-motion = Less movement
settings-motion-hint = No moving pictures.
settings-saved = Your choice is saved.
settings-saved-memory = Your choice lasts until you close the page.
settings-recorded = Read aloud with recordings
settings-recorded-hint = There are recordings of the lessons in more languages here. Choose your language. Is there no recording of a step? Then the device reads aloud.
settings-recorded-none = No recordings: the device reads aloud
settings-clear-title = Delete everything
settings-clear-text = Using someone else's computer? Then delete everything when you are done.
settings-clear-button = Delete everything on this device
settings-clear-confirm = Are you sure? Click once more.
settings-clear-done = Everything is deleted.
settings-clear-everyone = This deletes the progress of everyone on this device.

## Help
help-title = Where can I get help?
help-intro = You do not have to do it alone. Feel free to ask for help.
help-loading = One moment…
help-default-library-title = At the library
help-default-library-text = Many libraries have a help point for government websites. They help you for free.
help-default-family-title = Someone you trust
help-default-family-text = Ask a family member, neighbour or volunteer. Let them calmly watch with you.
help-default-digid-title = Questions about your real DigiD
help-default-digid-text = Call the DigiD helpdesk. The number is on the DigiD website.
help-host-title = Help here
help-host-error = The help of this location could not load. General help is below.
help-phone = Phone
help-address = Address
help-hours = Open

## About
about-title = About Oefenplein
about-what = On Oefenplein you practise digital care. For example logging in with DigiD.
about-fake = Everything is fake. The websites, names and codes do not really exist.
about-no-data = Never enter your real details. You do not need them here.
about-device = Nothing goes to the internet. Everything stays on this device.
about-offline = Oefenplein also works without internet, after the first visit.
about-free = Oefenplein is free. You do not need an account.
about-clear = Your progress is only on this device. You can delete it in Settings.

## Real data (the guard)
guard-title = Careful: this looks like real data
guard-bsn = This looks like a real citizen service number (BSN).
guard-iban = This looks like a real bank account number (IBAN).
guard-email = This looks like a real e-mail address.
guard-mobile = This looks like a real phone number.
guard-help = Here you only practise. Real details are never needed. We removed it. Use your practice card.

## Practice card
card-title = Practice card
card-note = These details are fake. Use them to practise.
card-name = Name
card-birth = Date of birth
card-username = Username
card-password = Password
card-email = E-mail address
card-child = Child
card-child-birth = Child's date of birth
card-show = Show practice card
card-hide = Hide practice card

## Practice phone
phone-title = Your phone (practice)
phone-messages = Messages
phone-empty = No messages yet.
phone-new-message = New message on your phone
phone-open = Show phone
phone-close = Put phone away
phone-wait = 10 minutes later
phone-wait-hint = Pretend 10 minutes have passed.
phone-waited = { $minutes } minutes have now passed.
phone-screen = Your phone's screen
phone-wait-5 = 5 minutes later
phone-wait-5-hint = Pretend that 5 minutes have passed.
phone-new = New
phone-just-now = Just now
phone-minutes-ago = { $minutes } min. ago
phone-banner-close = Close
phone-days-ago = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
phone-waited-days = { $days ->
    [one] 1 day has now passed.
   *[other] { $days } days have now passed.
}
card-pin = PIN of the app

## DigiD application: practice card and letterbox
card-bsn = Citizen service number
card-street = Street
card-house-number = House number
card-postcode = Postcode
card-town = Town
card-chosen = You chose these yourself:
card-chosen-username = Username
card-chosen-password = Password
letterbox-title = Your letterbox (practice)
letterbox-empty = No post yet.
letterbox-new-letter = There is a letter in your letterbox.
letterbox-wait = 3 days later
letterbox-wait-hint = Pretend 3 days have passed.
letterbox-waited = { $days } days have now passed.

## Lesson
lesson-step-of = Step { $step } of { $total }
lesson-where = Where am I?
lesson-read-aloud = Read aloud
lesson-stop-reading = Stop reading
lesson-show-me = Show me
lesson-hint = Tip
lesson-previous = Previous step
lesson-next = Next step
lesson-next-locked = First do this step in the practice screen.
lesson-restart = Start again
lesson-well-done = Well done!
lesson-picture = This is what it looks like
lesson-done-title = Well done!
lesson-done-text = You finished the lesson. You may practise as often as you like.
lesson-done-again = Once more
lesson-done-other-look = Do it again in another portal: { $look }
lesson-done-other-look-why = Every practice has its own portal. The buttons have other names there.
lesson-done-free = Free practice
lesson-done-next = What can you do now?
lesson-done-next-lesson = Next lesson: { $lesson }
lesson-start = Start the lesson
lesson-continue = Continue the lesson
lesson-finished-badge = Done
lesson-steps-count = { $count } steps
lesson-not-done-title = This lesson is not finished yet
lesson-not-done-text = You have not finished this lesson yet. Start at the beginning or go on.
lesson-resume-at = Go on at step { $step }
lesson-examples-notice = What you chose yourself was not kept. You go on with the examples on your practice card.
lesson-examples-ok = I understand
lesson-put-back = You were on another screen. The screen is back at the start of this step.
card-example = You go on practising with these:
free-practice = Free practice
free-practice-text = Try everything yourself. Making mistakes is fine.
free-practice-title = Free practice: { $service }
practice-area-label = Practice screen
lesson-step-of-nav = Steps of the lesson

## Spot fake messages
phishing-question = Is this message real or fake?
phishing-real = Real
phishing-fake = Fake
phishing-right = Right!
phishing-wrong = Not right yet. Try again.
phishing-why-digid-sms = DigiD never sends a link by text message. The message is also in a hurry.
phishing-why-pharmacy-ready = There is no link. Nobody asks for money or details.
phishing-why-digid-qr = DigiD never sends a QR code by e-mail. Also look at the sender's address.
phishing-why-gp-portal = There is no link. You log in yourself via the app or website.
phishing-why-pharmacy-pay = A pharmacy never asks for money via a link. Certainly not by text message.
phishing-why-gp-threat = This message threatens and is in a hurry. Those are warnings. When in doubt, call the practice yourself.
phishing-why-digid-activated = There is no link. You can call the helpdesk yourself.
phishing-wrong-digid-sms = Look again. This text has a link and is in a hurry. DigiD never sends a link by text.
phishing-wrong-pharmacy-ready = Look again. There is no link. Nobody asks you for anything.
phishing-wrong-digid-qr = Look again. DigiD never sends a QR code by e-mail. Also look at the sender.
phishing-wrong-gp-portal = Look again. There is no link. You log in yourself.
phishing-wrong-pharmacy-pay = Look again. They ask for money via a link. A pharmacy never does that.
phishing-wrong-gp-threat = Look again. The message threatens and is in a hurry. Those are warnings.
phishing-wrong-digid-activated = Look again. There is no link. You call the helpdesk yourself.
phishing-address-question = Look at the web address at the top. Is it right?
phishing-address-right = The web address is right
phishing-address-wrong = The web address is not right
phishing-address-spotted = Well spotted! The real address ends in digid.nl. Never fill in anything here.
phishing-address-missed = Look again. The real DigiD address ends in digid.nl.
phishing-score = { $right } of { $total } right
phishing-status-right = Right
phishing-status-wrong = Not right yet
phishing-fake-qr = A picture of a QR code

## Read-aloud
read-aloud-no-voice = This device has no voice to read aloud now. Please try again later.
read-aloud-dutch-only = This device has no voice in your language. You only hear the Dutch words.
read-aloud-message = Read this message aloud
read-aloud-pace = How fast does Oefenplein read aloud?
read-aloud-pace-normal = Normal
read-aloud-pace-slow = Slow
gp-wait-days = 1 day later
gp-wait-days-hint = Pretend a day has passed. Then an answer comes sooner.
gp-idle-button = Do nothing for 15 minutes
gp-idle-button-hint = Pretend you do nothing on the website for 15 minutes.

## Beside the video consult

video-wait-minute = 1 minute later
video-wait-minute-hint = Pretend a minute has passed.
video-own-title = Try your own camera
video-own-text = You do not have to. You only see yourself here. Nothing is recorded, saved or sent.
video-own-view = Your own camera
video-own-start = Turn my camera on
video-own-stop = Turn my camera off
video-own-refused = The browser may not use your camera. That is fine. You can practise without it.
video-own-none = No camera was found. That is fine. You can practise without it.

## The pharmacy practice: beside the app, in the learner's language.
pharmacy-to-pharmacy = Go to the pharmacy
pharmacy-to-phone = Back to your phone
pharmacy-wait-day = 1 day later
pharmacy-wait-day-hint = Pretend a day has passed.
pharmacy-wait-week = 1 week later
pharmacy-wait-week-hint = Pretend a week has passed.
hospital-to-hospital = Go to the hospital
hospital-to-home = Back home
hospital-wait-day = 1 day later
hospital-wait-day-hint = Pretend it is tomorrow: the day of your appointment.
hospital-visit-day = It is now the day of your appointment.

journey-title = Your way through care
journey-text = First the GP. Then the pharmacy. Sometimes the hospital after that.
journey-step = Step { $n }
journey-done = done

## My progress
progress-title = My progress
progress-intro = Here you see what you have practised.
progress-counts = Bronze: {$bronze} · Silver: {$silver} · Gold: {$gold}
progress-rules-title = How you get a medal
progress-rule-bronze = You did the lesson.
progress-rule-silver = You did the lesson without “Tip” and without “Show me”.
progress-rule-gold = Then you did it yourself. In “Free practice” or in another portal.
progress-rules-note = A medal is not an exam. You may practise everything as often as you like.
progress-lessons-title = Your lessons
progress-lesson-started = Started: step { $step } of { $total }
progress-lesson-todo = Not done yet
progress-save-title = Save your progress
progress-save-text = Do you practise on a library computer? It forgets everything when you leave.
progress-save-text-2 = Write down this code. Or take a photo of it.
progress-code-label = Your code
progress-copy = Copy the code
progress-copied = You copied the code.
progress-qr-label = QR code with your progress
progress-qr-text = Or scan the QR code with your phone. Then your progress goes with you.
progress-save-privacy = The code only holds your lessons and medals. Never your name. Never what you typed.
progress-restore-title = Get your progress back
progress-restore-text = Do you have a code? Type it here. You also keep what you already did here.
progress-restore-from-link = The code from the QR code is ready. Click “Put back”.
progress-restore-button = Put back
progress-restore-done = It worked! Your progress is back.
progress-error-empty = First type your code.
progress-error-char = “{ $char }” does not belong in a code. Look again carefully.
progress-error-short = This code is too short. A piece is missing.
progress-error-typo = This code is not right. Maybe one letter or number is different. Look again carefully.
progress-error-newer = This code comes from a newer version of Oefenplein. This computer cannot read it yet.
progress-error-help = Is it not working? Ask a staff member or a volunteer for help.
progress-certificate-text = Print a certificate with your medals.
progress-certificate-link = Go to the certificate

## Who is practising? Several people on one device, each with their own sign (no names)
learners-title = Who is practising?
learners-intro = Do several people practise on this device? Then each of you chooses your own sign.
learners-intro-2 = That way everyone keeps their own progress. You do not need a name.
learners-pick-title = Choose your sign
learners-you = That is you now.
learners-new-title = New here? Choose a sign
learners-symbol = Picture
learners-colour = Colour
learners-preview = This is what your sign looks like:
learners-join = This is my sign
learners-keeps = What is on this device now gets your sign.
learners-now = It worked! You now practise as: { $sign }.
learners-taken = Someone else already has this sign. Choose another picture or another colour.
learners-full = There is no room for more signs. Ask the trainer for help.
learners-unknown = This sign is no longer here. Maybe it was just deleted.
learners-unsigned = There is progress without a sign on this device. First choose a new sign for it.
learners-stop-title = Done practising?
learners-stop-text = Then delete your sign and your progress. The others keep their progress.
learners-stop-button = Stop and delete my progress
learners-stop-confirm = Are you sure? Click once more.
learners-stop-done = Your progress is deleted. The next person can choose a sign.
learners-help = Is it not working? Ask the trainer for help.
learners-back = Go to my progress
learners-link-title = Several people on one device?
learners-link-text = Each of you chooses your own sign. Then everyone keeps their own progress.
learners-link = Choose your sign
learners-sign = { $symbol }, { $colour }
learner-symbol-sun = Sun
learner-symbol-star = Star
learner-symbol-tree = Tree
learner-symbol-flower = Flower
learner-symbol-fish = Fish
learner-symbol-bird = Bird
learner-symbol-heart = Heart
learner-symbol-moon = Moon
learner-colour-blue = blue
learner-colour-green = green
learner-colour-orange = orange
learner-colour-purple = purple
learner-colour-red = red
learner-colour-grey = grey

## Medals after a lesson
medal-earned-bronze = You got bronze for this lesson!
medal-earned-silver = You got silver for this lesson!
medal-earned-gold = You got gold for this lesson!
medal-next-bronze = Do the lesson again without “Tip” and “Show me”. Then you get silver.
medal-next-silver = Now do it yourself in “Free practice”. Then you get gold.
medal-next-silver-look = Now do it yourself in “Free practice” or the other portal. Then you get gold.
medal-next-gold = Well done! Look at “My progress” to see what you can do.

## Certificate
certificate-title = Certificate
certificate-intro = Print this certificate. You may type your name, but you do not have to.
certificate-name-label = Your first name (only for the paper)
certificate-name-hint = Oefenplein does not keep your name.
certificate-print = Print the certificate
certificate-by = { $name } practised with Oefenplein.
certificate-by-nobody = Practised with Oefenplein.
certificate-list = Lessons practised:
certificate-date = Date: { $date }
certificate-footer = Oefenplein — practise without real data
certificate-empty = You have not done a lesson yet. Do a lesson first. Then you can print a certificate.
certificate-back = Back to my progress

## Self-test
selfcheck-title = Self-test: where do you start?
selfcheck-link = Not sure where to start? Do the self-test.
selfcheck-intro = Five short questions. Then you know which lesson to start with.
selfcheck-intro-2 = It is not an exam. There are no wrong answers. We only keep your starting point.
selfcheck-start = Start the self-test
selfcheck-skip = Skip
selfcheck-next = Next
selfcheck-previous = Previous
selfcheck-count = Question { $n } of 5
selfcheck-choose-one = Choose one answer. Not sure? Then choose what fits best.
selfcheck-device = Do you have a phone, tablet or computer with internet?
selfcheck-device-yes = Yes
selfcheck-device-no = No
selfcheck-not-sure = I do not know
selfcheck-health = Do you ever look up things about your health online?
selfcheck-health-often = Yes, often
selfcheck-health-sometimes = Sometimes
selfcheck-health-never = Never
selfcheck-forms = How well can you fill in forms on the internet?
selfcheck-forms-easy = Well, I can do that
selfcheck-forms-help = I can do it with some help
selfcheck-forms-hard = I find that difficult
selfcheck-forms-never = I have never done that
selfcheck-tap = Press the button “Here”.
selfcheck-tap-button = Here
selfcheck-tap-missed = Just missed. Try again.
selfcheck-tap-first = First press the button “Here”.
selfcheck-type = Type the word: { $word }
selfcheck-type-label = Your word
selfcheck-type-wrong = That is not the word yet. Look carefully and try again.
selfcheck-result-title = Your starting point
selfcheck-level-beginner = Beginner
selfcheck-level-familiar = Some experience
selfcheck-level-experienced = Experienced
selfcheck-level-beginner-text = Start with the basics: buttons, typing and scrolling.
selfcheck-level-familiar-text = Start with logging in with DigiD. You need it almost everywhere.
selfcheck-level-experienced-text = Start with the portal of the GP.
selfcheck-no-exam = This is advice. You may choose any lesson.
selfcheck-first-lesson = Start with: { $lesson }
selfcheck-choose-myself = I will choose myself
selfcheck-again = Do the self-test again
selfcheck-help = Would you rather practise with someone? Ask for help at the library.
progress-level = Your starting point: { $level }

## Words on the screen
words-title = Words on the screen
words-intro = You often see these words on websites and in apps. Tap a word. Then you see what it means.
words-group-screen = On every screen
words-group-login = Logging in
words-group-care = In healthcare
words-say = Say the word
words-read = Read aloud
words-picture = This is how it looks in the lesson “{$lesson}”.
words-practise = Practise it in the lesson
words-all = All words
words-ask = Do you not understand a word? Ask someone you trust.
words-in-step = Words in this step
word-knop-about = A “knop” is a button. It does something when you press it. On a phone you tap it. With a mouse you click.
word-vakje-about = A “vakje” is a box. You type something in it, like your name. People also call it an “invulveld”: a field to fill in.
word-link-about = A “link” takes you to another page. A link is often blue with a line under it.
word-vinkje-about = A “vinkje” is a tick. With a tick you say yes. Tap the box. Then a tick appears in it.
word-pop-up-about = A “pop-up” is a window over the page. You close it with the little cross.
word-scrollen-about = The word “scrollen” means scrolling: moving the page up or down. That way you see the rest.
word-app-about = An “app” is a program on your phone. You open it by tapping its picture.
word-installeren-about = The word “installeren” means installing: putting an app on your phone. You do that in the app store.
word-digid-about = With “DigiD” you show online who you are. DigiD is from the government.
word-inloggen-about = The word “inloggen” means logging in: going into a website or app. You show who you are.
word-gebruikersnaam-about = Your “gebruikersnaam” is your username. You log in with this name. You choose it yourself.
word-wachtwoord-about = A “wachtwoord” is a password: a secret word. Only you know it. Never tell anyone.
word-sms-code-about = You get an “sms-code” in a text message on your phone. You type it in. Then the website knows it is you.
word-activeringscode-about = The “activeringscode” is an activation code. It comes in a letter. You type it once. Then your DigiD works.
word-koppelcode-about = A “koppelcode” is a linking code. It connects the app to the computer. The code only works for a short time.
word-qr-code-about = A “QR-code” is a square with little blocks. You scan it with your phone camera.
word-pincode-about = A “pincode” is a PIN code: a secret number. You choose it yourself. Never tell anyone.
word-uitloggen-about = The word “uitloggen” means logging out: leaving a website or app. Always do this when you are done.
word-portaal-about = A “portaal” is a portal: a secure website. For example, your GP has one. You log in with DigiD.
word-afspraak-about = An “afspraak” is an appointment. You choose a time at the doctor's. You can often do this online.
word-herhaalrecept-about = A “herhaalrecept” is a repeat prescription. You ask for a medicine again. It is a medicine you already use.
word-e-consult-about = An “e-consult” is a question to your GP via the internet. You read the answer in the portal.
word-uitslag-about = An “uitslag” is a result. It tells you what came out of a test. For example, a blood test.
word-vragenlijst-about = A “vragenlijst” is a questionnaire: a list of questions. You fill it in before your appointment.
word-inchecken-about = The word “inchecken” means checking in: saying that you are there. For example, at the hospital.
word-verwijzing-about = A “verwijzing” is a referral. With it, the GP sends you to a specialist. For example, at the hospital.
word-wachtkamer-about = A “wachtkamer” is a waiting room. In the online waiting room, you wait for the doctor. Stay on the page.

## For trainers: step cards
trainers-title = For trainers
trainers-text = Every step has a code, like D2-3. That way you can see from far away where someone is. Print the step cards for a group lesson.
trainers-cards = Step cards: {$lesson}
cards-page-title = Step cards
cards-title = Step cards: {$lesson}
cards-intro = One card per step: the code, the picture and the text. Choose a second language if that helps.
cards-back = Back to the task
cards-second-language = Second language on the cards
cards-none = None
cards-print = Print
cards-rule = Never practise with real DigiD or health details. Use the practice card.
trainers-present = Present: {$lesson}

## Presenting: the screen for the group and the controls
present-title = Presenting
present-text = This screen is for the group. Control it from a second window.
present-open-controls = Open the controls
present-stop = Stop presenting
controls-page-title = Controls
controls-intro = Controls for the trainer. The group watches the screen.
controls-title = Controls: {$lesson}
controls-no-screen = The screen was not found yet. Open it with the button below.
controls-at = The screen is at {$step}.
controls-at-end = The screen is at the end of the lesson.
controls-elsewhere = The screen shows another lesson: {$lesson}.
controls-previous = Previous step
controls-next = Next step
controls-restart = Start again
controls-open-screen = Open the screen
controls-steps = All steps
controls-note = For you as a trainer
controls-note-step = Show the step first. Then let everyone do it themselves.
controls-note-mistake = Here it goes wrong on purpose. Let the group find out what went wrong first.
controls-faults = Show a mistake
controls-faults-intro = Make the next try go wrong on purpose. Then the group practises fixing it.
controls-fault-armed = Done. The next try on the screen goes wrong.
fault-wrong-code = The SMS code is wrong
fault-expired-code = The SMS code has expired
fault-blocked-pin = The app gets blocked
fault-slot-taken = The time is already taken
fault-camera-blocked = The camera gets blocked
trainers-plan = Lesson plan: {$lesson}
plan-page-title = Lesson plan
plan-title = Lesson plan: {$lesson}
plan-goal = What the group learns
plan-duration-title = How long
plan-duration = About {$minutes} minutes, for {$steps} steps.
plan-prepare = Get ready
plan-prepare-device = A computer, tablet or phone with Oefenplein for everyone.
plan-prepare-card = The practice card. It is next to the practice screen. Print it if that helps.
plan-prepare-screen = A big screen or a beamer. Open the lesson there with Present.
plan-stuck = Where people often get stuck
plan-mistake = The mistake on purpose
plan-phrases = Sentences that help
plan-phrase-look = Look carefully first. Then click.
plan-phrase-read = Read the message out loud.
plan-phrase-safe = Mistakes are fine. Nothing can break here.
plan-phrase-find = Find the word from the step on the screen.
trainers-card-sheet = Print practice cards (six on a sheet)
card-sheet-title = Practice cards to print
card-sheet-intro = Six cards on one sheet. Cut them out and give everyone one. Then nobody types their own details.

## Kiosk: public computers (kiosk.json of the location)
kiosk-label = This computer
kiosk-at = You practise at {$library}.
kiosk-rule = If you do nothing for {$minutes} minutes, we delete everything. Then the next visitor can start.
kiosk-question = Are you still there?
kiosk-seconds-left = In {$seconds} seconds we delete everything. Then the next visitor can start.
kiosk-still-here = Yes, I am still here
kiosk-note-title = For the administrator of this computer
kiosk-note-not-json = The file kiosk.json is not valid JSON. That is why the kiosk is off.
kiosk-note-bad-value = In kiosk.json, the value of “{$field}” is not correct. The default is used for it now.

## Without JavaScript (also in index.html; a test checks it)
noscript-text = Oefenplein only works with JavaScript switched on.
