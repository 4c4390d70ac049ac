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
home-link-label = Oefenplein, go to the start
back-home = Back to the start
start-over = Start again

## Language
language-button = Language: { $language }
language-menu-label = Choose a language
language-close = Close

## Home
home-title = What do you want to be able to do?
home-intro = Choose what you want to practise. Everything is fake. You cannot break anything.
home-tasks-label = Exercises
task-digid-title = Log in with DigiD
task-digid-text = With username, password and text message code.
task-gp-title = A message to your GP
task-gp-text = Ask a question in the GP's portal.
task-repeat-title = Order a repeat prescription
task-repeat-text = Order your medicine again.
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
settings-clear-title = Delete everything
settings-clear-text = Using someone else's computer? Then delete everything when you are done.
settings-clear-button = Delete everything on this device
settings-clear-confirm = Are you sure? Click once more.
settings-clear-done = Everything is deleted.

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

## Not found
not-found-title = This page does not exist
not-found-text = No problem. Nothing is broken.

## Notices about saving
notice-dismiss = I understand
notice-storage-unavailable = This device saves nothing. Your progress lasts until you close the page.
notice-storage-corrupt = Your saved progress was damaged. We started again. The old data was kept separately.
notice-storage-newer = Your progress was saved by a newer version. We do not change it.
notice-storage-full = This device's memory is full. Your progress is not saved now.

## Without JavaScript (also in index.html; a test checks it)
noscript-text = Oefenplein only works with JavaScript switched on.
