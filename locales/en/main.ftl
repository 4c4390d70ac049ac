# Oefenplein — English. Keys follow locales/nl/main.ftl (the reference).
# Short sentences: 5 to 10 words. One message per step.

## General
app-name = Oefenplein
practice-mark = Practice — nothing is real
practice-mark-more = What does this mean?
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-help = Help
nav-settings = Settings
nav-about = About
nav-progress = My progress
nav-words = Words
home-link-label = Oefenplein, go to the start
learner-switch = Switch learner
back-home = Back to the start

## Language
language-button = Language: { $language }

## Home
home-title = What do you want to be able to do?
home-intro = Choose what you want to practise. Everything is fake. You cannot break anything.
home-tasks-label = Exercises
task-digid-title = Log in with DigiD
task-digid-text = With password, text message code or the DigiD app.
task-gp-title = A message to your GP
task-gp-text = Ask a question in the GP's portal.
task-repeat-title = Order a repeat prescription
task-repeat-text = Order your medicine again.
task-hospital-title = Going to the hospital
task-hospital-text = Fill in a questionnaire and check in.
task-appointment-title = Make an appointment
task-appointment-text = Choose a day and a time.
task-video-title = Video call with the doctor
task-video-text = The waiting room, the camera and the sound.
task-phishing-title = Spot fake messages
task-phishing-text = Real or fake? Learn what to look for.
task-basics-title = The basics
task-basics-text = Tap, type, scroll and go back.
home-safe-title = Nothing can go wrong here
home-safe-text = You use fake details from a practice card. Nothing goes to the internet.

## Coming soon
soon-title = Coming soon

## Not found
not-found-title = This page does not exist
not-found-text = No problem. Nothing is broken.

## Loading
loading = Loading…
load-failed-title = This part could not load
load-failed-text = Nothing is broken. Check that you have internet. Then try again.
load-failed-retry = Try again

## Notices about saving
notice-dismiss = I understand
notice-storage-unavailable = This device saves nothing. Your progress lasts until you close the page.
notice-storage-corrupt = Your saved progress was damaged. We started again. The old data was kept separately.
notice-storage-newer = Your progress was saved by a newer version. We do not change it.
notice-storage-full = This device's memory is full. Your progress is not saved now.
notice-language-missing = { $language } could not load. Check your internet. Then choose the language again.

## Header, cards and medals
menu-open = Menu
home-lessons-done = { $done } of { $total } lessons done
medal-none = No medal yet
medal-bronze = Bronze
medal-silver = Silver
medal-gold = Gold
