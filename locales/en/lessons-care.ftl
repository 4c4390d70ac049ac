# Lessons: the care journey after the GP (pharmacy, hospital, referral,
# vaccination). Quoted labels are the Dutch words on the practice screen.

lesson-pharmacy-order-title = Order and pick up your medicine
lesson-pharmacy-order-intro = You order your medicine with the pharmacy app. Then you pick it up from the pickup locker.
lesson-pharmacy-order-done = You ordered and picked up your medicine. You also know what to do with an expired code.
lesson-pharmacy-order-mistake = You look for your pharmacy's app. At “Apotheek Oefenanker Plus”, click “Installeren” on purpose.
lesson-pharmacy-order-mistake-hint = Read the red message. Always check who makes the app.
lesson-pharmacy-order-install = At “Apotheek Oefenanker”, click “Installeren”. Your pharmacy makes this app.
lesson-pharmacy-order-open = Click “Openen”.
lesson-pharmacy-order-link = Click “Apotheek koppelen”.
lesson-pharmacy-order-code = Type the link code. It is on the pharmacy receipt.
lesson-pharmacy-order-code-hint = The receipt is beside the screen. Spaces are fine.
lesson-pharmacy-order-birth = Type your date of birth. Look at the practice card.
lesson-pharmacy-order-birth-hint = Write the year with 4 digits.
lesson-pharmacy-order-linked = Click “Koppelen”.
lesson-pharmacy-order-order = Click “Herhaalrecept bestellen”.
lesson-pharmacy-order-check = Put a tick next to “Atorvastatine 20 mg, tablet” on purpose.
lesson-pharmacy-order-check-hint = You cannot order this medicine yet. Read the message. Then you call the GP.
lesson-pharmacy-order-pick = Put a tick next to “Omeprazol 20 mg, capsule”.
lesson-pharmacy-order-next = Click “Volgende”.
lesson-pharmacy-order-locker = Choose “Afhaalkluis” (pickup locker).
lesson-pharmacy-order-locker-hint = The locker is open day and night. You get a code by text message.
lesson-pharmacy-order-summary = Click “Volgende”. Check your order.
lesson-pharmacy-order-send = Click “Bestelling versturen”.
lesson-pharmacy-order-wait = Click “1 day later” twice. Then you get a text message.
lesson-pharmacy-order-wait-hint = In real life it usually takes 2 working days. Read the text message on your phone.
lesson-pharmacy-order-late = You do not pick it up in time. Click “1 week later”.
lesson-pharmacy-order-late-hint = This happens a lot. The code only works for 7 days.
lesson-pharmacy-order-go = Click “Go to the pharmacy”.
lesson-pharmacy-order-expired = Type the code from the text message. Click “OK”.
lesson-pharmacy-order-expired-hint = The code is too old. Read what it says.
lesson-pharmacy-order-back = Click “Back to your phone”.
lesson-pharmacy-order-renew = Click “Stuur mij een nieuwe code”.
lesson-pharmacy-order-again = Click “Go to the pharmacy” again.
lesson-pharmacy-order-type = Type the new code from the text message. Click “OK”.
lesson-pharmacy-order-type-hint = Use the newest text message. The old code does not work anymore.
lesson-pharmacy-order-take = The locker door is open. Click “Medicijnen pakken en vak sluiten”.
