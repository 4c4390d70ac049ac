# Lesson: applying for DigiD. Keys: lesson-digid-apply-<step> and lesson-digid-apply-<step>-hint.
# Buttons and fields of the practice service keep their Dutch names.

lesson-digid-apply-title = Apply for DigiD
lesson-digid-apply-intro = You apply for a DigiD. Then a letter with a code comes.
lesson-digid-apply-done = Your DigiD is active! You also fixed a mistake.
lesson-digid-apply-start = Click the button “Aanvragen”.
lesson-digid-apply-bsn = Type your citizen service number. It is on your practice card.
lesson-digid-apply-bsn-hint = The number has 9 digits: 123456780.
lesson-digid-apply-address = Type your postcode and house number. They are on your practice card.
lesson-digid-apply-address-hint = Small letters and spaces are fine. For example: 9999zz.
lesson-digid-apply-mistake = Now make a mistake on purpose. At “Geboortedatum”, type 31-02-1958. Click “Volgende”.
lesson-digid-apply-mistake-hint = 31 February does not exist. Making mistakes is fine here.
lesson-digid-apply-fix = Read the red message. Type the date of birth from your practice card. Click “Volgende”.
lesson-digid-apply-fix-hint = You can type it in many ways. For example 14-05-1958 or 14 mei 1958.
lesson-digid-apply-username = Think of a username. Type it at “Gebruikersnaam”.
lesson-digid-apply-username-hint = At least 6 characters, no spaces. For example: noor1958.
lesson-digid-apply-password = Think of a password. Look at the list below it.
lesson-digid-apply-password-hint = All the rules must be met. For example: Zomer2027.
lesson-digid-apply-repeat = Type your password once more. Click “Volgende”.
lesson-digid-apply-send = Check that everything is right. Click “Aanvraag versturen”.
lesson-digid-apply-send-hint = Is something wrong? Use “Wijzigen” to change it.
lesson-digid-apply-letter = The letter takes 3 days. At your letterbox, click “3 days later”.
lesson-digid-apply-letter-hint = In real life, the letter comes by post. Here we pretend.
lesson-digid-apply-open = The letter is here. Click “DigiD activeren”.
lesson-digid-apply-login = Log in with your new username and password.
lesson-digid-apply-login-hint = What you chose is now on your practice card too.
lesson-digid-apply-code = Type the activation code from the letter. Click “Activeren”.
lesson-digid-apply-code-hint = The letter is in your letterbox. Spaces and small letters are fine.
